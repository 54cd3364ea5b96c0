//! Masking personal data inside free text (complaint descriptions) before it
//! may be published: mainland mobile numbers and other long digit runs, e-mail
//! addresses and ID-card numbers are replaced by `***`. HTML escaping happens
//! later, in the templates.

/// Replaces phone numbers, e-mail addresses and ID-card numbers in `text`.
pub fn mask(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        // A run of digits (with the separators phone numbers are written with),
        // possibly ending in X (the check character of an ID-card number).
        if chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            let start = i;
            let mut digits = 0;
            let mut separated = false;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || matches!(chars[i], '-' | ' ' | '+')
                        && chars.get(i + 1).is_some_and(char::is_ascii_digit))
            {
                digits += chars[i].is_ascii_digit() as usize;
                separated |= !chars[i].is_ascii_digit();
                i += 1;
            }
            if i < chars.len() && matches!(chars[i], 'X' | 'x') && digits == 17 {
                i += 1;
                digits += 1;
            }
            // Seven or more digits in a row, or ten or more with separators: a phone,
            // ID-card or account number. Amounts, dates (8 digits with dashes) and
            // times stay.
            if (!separated && digits >= 7) || digits >= 10 {
                out.push_str("***");
            } else {
                out.extend(&chars[start..i]);
            }
            continue;
        }
        if chars[i] == '@' {
            let local_start = out
                .char_indices()
                .rev()
                .take_while(|(_, c)| {
                    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+')
                })
                .last()
                .map(|(k, _)| k);
            let mut j = i + 1;
            while j < chars.len()
                && (chars[j].is_ascii_alphanumeric() || matches!(chars[j], '.' | '-'))
            {
                j += 1;
            }
            if let Some(k) = local_start
                && j > i + 1
            {
                out.truncate(k);
                out.push_str("***");
                i = j;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::mask;

    #[test]
    fn masks_phones_emails_and_id_cards() {
        assert_eq!(mask("请回电13912345678，谢谢"), "请回电***，谢谢");
        assert_eq!(mask("call +86 139-1234-5678 now"), "call *** now");
        assert_eq!(mask("mail wang.fang_1@example.com today"), "mail *** today");
        assert_eq!(mask("身份证11010519491231002X已核实"), "身份证***已核实");
        assert_eq!(mask("身份证110105194912310021"), "身份证***");
    }

    #[test]
    fn keeps_ordinary_numbers_and_text() {
        assert_eq!(
            mask("等了 45 分钟，收费 120 元，2026-09-03 上门"),
            "等了 45 分钟，收费 120 元，2026-09-03 上门"
        );
        assert_eq!(mask("a @ b"), "a @ b");
    }
}
