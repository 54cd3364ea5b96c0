//! A bound on the memory that one rendering may take.
//!
//! minijinja's fuel counts instructions, not bytes: a loop that doubles a
//! string forty times is a few hundred instructions and a terabyte. No hook of
//! the template engine sees that string grow, so the bound sits in the
//! allocator: `bounded` charges every allocation made on its thread to a
//! budget, and an allocation beyond the budget stops the process with exit 1
//! and a message naming what was being rendered, before the memory is taken.
//! Rendering happens before anything is written, so no site is half-written.
//!
//! The allocator is installed by the `csbook` binary; library users (and the
//! in-process tests) keep their own allocator, where `bounded` only runs `f`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator with a per-thread budget for `bounded` sections.
pub struct BoundedAlloc;

/// The name of what is being rendered, kept without allocating.
const NAME_BYTES: usize = 120;

thread_local! {
    static LIMIT: Cell<usize> = const { Cell::new(usize::MAX) };
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static NAME: Cell<(usize, [u8; NAME_BYTES])> = const { Cell::new((0, [0; NAME_BYTES])) };
}

/// Runs `f` with at most `limit` bytes of memory allocated (and not yet
/// freed) on this thread; `what` names it in the message if it takes more.
pub fn bounded<T>(what: &str, limit: usize, f: impl FnOnce() -> T) -> T {
    let mut name = [0; NAME_BYTES];
    let mut len = what.len().min(NAME_BYTES);
    while !what.is_char_boundary(len) {
        len -= 1;
    }
    name[..len].copy_from_slice(&what.as_bytes()[..len]);
    let before = (LIMIT.get(), LIVE.get(), NAME.get());
    NAME.set((len, name));
    LIVE.set(0);
    LIMIT.set(limit);
    let out = f();
    LIMIT.set(before.0);
    LIVE.set(before.1);
    NAME.set(before.2);
    out
}

fn charge(bytes: usize) {
    let _ = LIMIT.try_with(|limit| {
        let limit = limit.get();
        if limit == usize::MAX {
            return;
        }
        let live = LIVE.get().saturating_add(bytes);
        LIVE.set(live);
        if live > limit {
            stop(limit);
        }
    });
}

fn refund(bytes: usize) {
    let _ = LIVE.try_with(|live| live.set(live.get().saturating_sub(bytes)));
}

/// Prints the message and exits without allocating (the allocator cannot
/// unwind, and other threads may hold locks that a normal exit would need).
fn stop(limit: usize) -> ! {
    use std::io::Write;
    use std::os::fd::FromRawFd;
    let (len, name) = NAME.get();
    // SAFETY: descriptor 2 is the process's stderr; ManuallyDrop keeps it open.
    let mut err = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(2) });
    let mut buf = [0u8; 512];
    let mut cursor = std::io::Cursor::new(&mut buf[..]);
    let _ = writeln!(
        cursor,
        "error: rendering {} took more than {} MiB of memory and was stopped; \
         a template or commentary builds a huge value (for example a string doubled in a loop). \
         Nothing was written.",
        std::str::from_utf8(&name[..len]).unwrap_or("a page"),
        limit >> 20
    );
    let n = cursor.position() as usize;
    let _ = err.write_all(&buf[..n]);
    // SAFETY: _exit ends the process at once; nothing is left to run.
    unsafe { libc::_exit(1) }
}

// SAFETY: every call is forwarded to `System` unchanged; only counters move.
unsafe impl GlobalAlloc for BoundedAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        charge(layout.size());
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        charge(layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        refund(layout.size());
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            charge(new_size - layout.size());
        } else {
            refund(layout.size() - new_size);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}
