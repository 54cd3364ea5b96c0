//! The site plan: every page of the site with its path and title, decided
//! before anything is rendered, so that navigation is known to every page and
//! rendering can be a parallel map over pages.

use serde::Serialize;

use crate::content::Document;
use crate::indicators::Indicators;
use crate::messages::static_words;
use crate::period::Month;
use crate::project::Project;

/// What a page shows.
#[derive(Clone, Debug, PartialEq)]
pub enum PageKind {
    Home,
    /// Index into the documents.
    Chapter(usize),
    Report(Month),
    /// A month's service-quality analysis (SERVQUAL, drivers, tested changes).
    Analysis(Month),
    /// A month's complaints in detail: every breakdown, control charts,
    /// handling times, the heatmap.
    Complaints(Month),
    Archive,
    Quality,
    Downloads,
    /// What needs a manager's attention in the latest month.
    Attention,
}

/// One page of the site.
#[derive(Clone, Debug)]
pub struct Page {
    pub kind: PageKind,
    /// Path inside the site, with `/` separators.
    pub path: String,
    pub title: String,
}

impl Page {
    /// The relative prefix from this page to the site's root ("", "../").
    pub fn root(&self) -> String {
        "../".repeat(self.path.matches('/').count())
    }
}

/// A navigation link (path relative to the site root).
#[derive(Clone, Debug, Serialize)]
pub struct Link {
    pub title: String,
    pub path: String,
}

/// Every page and the navigation between them.
#[derive(Clone, Debug)]
pub struct Plan {
    pub pages: Vec<Page>,
    pub chapters: Vec<Link>,
    /// Reports, oldest first.
    pub reports: Vec<Link>,
}

/// The path of a month's report.
pub fn report_path(month: Month) -> String {
    format!("reports/{month}.html")
}

/// The path of a month's service-quality analysis.
pub fn analysis_path(month: Month) -> String {
    format!("reports/{month}-analysis.html")
}

/// The path of a month's complaints page.
pub fn complaints_path(month: Month) -> String {
    format!("reports/{month}-complaints.html")
}

impl Plan {
    /// Every page of the handbook: home, the chapters, per month a report
    /// (with its service-quality analysis when the survey has items, and its
    /// complaints page when there are complaints), then the archive, the
    /// data-quality, downloads and attention pages.
    pub fn new(project: &Project, indicators: &Indicators, docs: &[Document]) -> Plan {
        let lang = project.language;
        let words = |id: &str| static_words(id, lang).to_string();
        let monthly =
            |id: &str, m: Month| static_words(id, lang).replace("{month}", &m.to_string());
        let analysis = !indicators.items.is_empty();
        let complaints = indicators.has(id!("complaints"));
        let mut pages = vec![Page {
            kind: PageKind::Home,
            path: "index.html".into(),
            title: project.title.clone(),
        }];
        let mut chapters = Vec::new();
        for (i, doc) in docs.iter().enumerate().filter(|(_, d)| d.period.is_none()) {
            let path = format!("chapters/{}.html", doc.slug);
            chapters.push(Link {
                title: doc.title.clone(),
                path: path.clone(),
            });
            pages.push(Page {
                kind: PageKind::Chapter(i),
                path,
                title: doc.title.clone(),
            });
        }
        let mut reports = Vec::new();
        for &m in &indicators.months {
            let title = monthly("ui-report-title", m);
            reports.push(Link {
                title: m.to_string(),
                path: report_path(m),
            });
            pages.push(Page {
                kind: PageKind::Report(m),
                path: report_path(m),
                title,
            });
            if analysis {
                pages.push(Page {
                    kind: PageKind::Analysis(m),
                    path: analysis_path(m),
                    title: monthly("ui-analysis-title", m),
                });
            }
            if complaints {
                pages.push(Page {
                    kind: PageKind::Complaints(m),
                    path: complaints_path(m),
                    title: monthly("ui-complaints-title", m),
                });
            }
        }
        pages.push(Page {
            kind: PageKind::Archive,
            path: "archive.html".into(),
            title: words("ui-archive"),
        });
        pages.push(Page {
            kind: PageKind::Quality,
            path: "quality.html".into(),
            title: words("ui-quality"),
        });
        pages.push(Page {
            kind: PageKind::Downloads,
            path: "downloads.html".into(),
            title: words("ui-downloads"),
        });
        pages.push(Page {
            kind: PageKind::Attention,
            path: "attention.html".into(),
            title: words("ui-attention"),
        });
        Plan {
            pages,
            chapters,
            reports,
        }
    }
}
