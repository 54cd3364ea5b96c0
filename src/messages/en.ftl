# csbook's messages in English. Each entry has its twin in zh-CN.ftl (a test
# checks both files hold the same ids, and that the code uses every one).
# Arguments are `{ $name }`; `{" "}` keeps a leading space.

## The command line

problems-found = { $count ->
    [one] 1 problem found:
   *[other] { $count } problems found:
}
problems-help = fix the places listed above, then run `csbook check` again
more-problems-in-file = … and { $count } more problems in this file, counted but not listed
more-problems = … and { $count } more

## Parts of sentences

did-you-mean = {" "}(did you mean `{ $word }`?)
## Reading data files

label-too-long = value `{ $value }` is { $length } characters long; a segment or category value may have at most { $max }
wrong-width = the row has { $fields } fields; expected { $width } as in the header{ $unclosed }
unclosed-quote = ; the quoted value in column { $column } runs over { $lines } lines, so a quote (") that opens it is probably never closed
nul-byte = a NUL byte
stray-bom = a byte-order mark (U+FEFF)
probably-gbk = ; if the file was saved by a Chinese Excel, it is probably GBK: set `encoding: gbk`
undecodable-value = the value holds bytes that are not valid { $encoding } (the encoding the file is read in){ $hint }
stray-bytes = the value holds { $what }; re-export the file as plain text
cannot-read-file = cannot read the file: { $error }
undecodable-header = the header is not valid { $encoding }; set `encoding:` for this source to the file's encoding (gbk, utf-16le…)
wrong-delimiter = the header is one column when split at `{ $used }`, but it holds `{ $found }`: the file looks `{ $found }`-separated; set `delimiter: "{ $found }"` for this source, or remove `delimiter:` to detect it
duplicate-column = column `{ $name }` appears twice in the header (columns { $first } and { $second }); rename or remove one
empty-file = the file is empty; expected a header row
header-one-value = its first line is one value of { $length } characters, not a header of comma-separated columns
header-columns = its header has { $count } columns: { $names }
unrelated-file = none of the columns a { $what } needs ({ $wanted }) is in this file; { $has }. Check that csbook.yaml names the right file, saved as comma-separated values
missing-column = missing required column `{ $name }` ({ $what }){ $suggestion }; the header has: { $header }
mapped-column-missing = column `{ $name }` ({ $what }) is not in { $file }{ $suggestion }; its header has: { $header }
malformed-csv = malformed CSV: { $error }
cannot-read-workbook = cannot read the workbook: { $error }
no-such-sheet = the workbook has no sheet `{ $sheet }`{ $suggestion }; its sheets are: { $sheets }
no-sheet = the workbook has no sheet
cannot-read-sheet = cannot read sheet `{ $sheet }`: { $error }
## What a column holds

what-customer-id = customer id
what-month = month
what-purchases = purchases
what-customers = customers
what-segment = segment `{ $id }`

## Customer base and activity

not-a-month-or-date = `{ $value }` is not a month; expected YYYY-MM or a date
not-a-month = `{ $value }` is not a month; expected YYYY-MM
not-purchases = `{ $value }` is not a number of purchases; expected a whole number, 0 or more
empty-customer-id = the customer id is empty
not-customers = `{ $value }` is not a count of customers; expected a whole number, 0 or more
duplicate-customer-month = a second row for { $month } { $values }; first on line { $first }
## Complaints

what-complaints-file = complaints file
what-complaint-id = complaint id
what-received = received time
what-field = { $field }
what-first-response = first response time
what-first-response-hours = hours to first response
what-resolved = resolution time
what-resolution-hours = hours to resolution
what-reopened = reopened flag
what-timely = timely-response flag
what-fcr = first-contact-resolution flag
what-description = description
empty-complaint-id = empty complaint id; expected an id (or map `id: none` for an export without one)
duplicate-complaint-id = duplicate complaint id `{ $id }`; first seen on line { $first }
not-hours = value `{ $value }` is not a number of hours; expected a number from 0 to { $max } (a hundred years)
not-a-flag = value `{ $value }` is not a flag; expected 1 or 0 (also true/false, yes/no, 是/否, or N/A)
event-before-receipt = `{ $time }` is earlier than the complaint was received ({ $received })
## Dates

expected-date = a date such as 2025-03-31 or a date-time such as 2025-03-31 14:05 (years 1 to 9998, UTC offsets up to ±14:00)
unparseable-date = unparseable date `{ $value }`; expected { expected-date }
unparseable-date-formats = unparseable date `{ $value }`; expected { expected-date }, or { $formats }
ambiguous-date = date `{ $value }` is ambiguous: it could be day/month or month/day; set `date_format: "%m{ $sep }%d{ $sep }%Y"` (month first, as in the US) or `date_format: "%d{ $sep }%m{ $sep }%Y"` for this source in csbook.yaml
day-first-date = unparseable date `{ $value }`; expected { expected-date }; it looks like day{ $sep }month{ $sep }year: set `date_format: "%d{ $sep }%m{ $sep }%Y"` for this source
month-first-date = unparseable date `{ $value }`; expected { expected-date }; it looks like month{ $sep }day{ $sep }year: set `date_format: "%m{ $sep }%d{ $sep }%Y"` for this source
## Survey responses

what-responses-file = responses file
what-respondent-id = respondent id
what-response-date = response date
what-item = survey item
unknown-item = unknown item `{ $name }`: it is not in the instrument{ $suggestion }; list it under `survey.other_columns` or `personal_data` to accept it
why-not-yes-no = neither one of its positive nor one of its negative answers
why-not-text = not valid UTF-8
why-not-whole = not a whole number
why-not-whole-nor-label = neither a whole number nor one of its labels
why-outside-scale = outside the item's scale
empty-respondent-id = empty respondent id; expected an id (or set `id_column: none` for an export without one)
duplicate-respondent-id = duplicate respondent id `{ $id }`; first seen on line { $first }
bad-answer = value `{ $value }` for item `{ $item }` is { $why }; expected a whole number in { $scale }{ $regime }{ $hint }
scale-between = {" "}(its scale from { $from } to the day before { $to })
scale-from = {" "}(its scale from { $from })
scale-before = {" "}(its scale before { $to })
or-na-code = {" "}or a not-applicable code ({ $codes })
or-label = , or one of its labels: { $labels }
answer-hints = { $codes }{ $labels }
## The YAML files (project file, instrument, front matter)

kind-count = a whole number, 0 or more
kind-whole = a whole number
kind-number = a number
kind-bool = true or false
yaml-expected = expected { $kind }, found `{ $found }`
yaml-no-value = this key has no value; write one after the colon (or remove the line, where the key is optional)
yaml-duplicate-key = the key `{ $key }` appears twice in this mapping; keep one
yaml-unknown-key = unknown key `{ $key }`{ $suggestion }; expected one of { $expected }
## Progress and the build summary

step-reading-project = reading csbook.yaml
step-computing = computing indicators
step-rendering = rendering pages
step-writing = writing { $folder }
step-reading-complaints = reading complaints
step-reading = reading { $file }
month-range = { $first } to { $last }
unused-scale = item `{ $item }`: no answer used { $values } (the top third of the declared scale { $scale }) in { $count ->
    [one] 1 month
   *[other] { $count } months
} ({ $months }), among { $answers } answers; check the scale, or whether it changed (`scale_from:` of the item in the instrument)
## The command line's own lines

built = built { $pages } pages for { $months } months into { $folder } in { $seconds }s{ $notes }
checked = ok: { $pages } pages for { $months } months would be built{ $notes }
created = created { $folder }; next: csbook build --root { $folder }
not-a-period = `{ $value }` is not a period; expected YYYY-MM or YYYY-Qn
unknown-indicator = unknown indicator `{ $id }`{ $suggestion }; `csbook indicators` without it lists every row
no-rows = note: no rows match; the indicator may need data this project does not have
note-rejected = ; { $count } invalid rows skipped (see the data-quality page)
note-blanked = ; { $count } invalid fields left empty, their rows kept
note-suppressed = ; { $count } small cells suppressed
warning = warning: { $problem }
