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
## The project file

no-project-file = no project file here; run `csbook new DIR` to start a project, or pass --root
bad-date-format = date_format `{ $format }` does not read a whole date; expected a strftime pattern with year, month and day such as "%m/%d/%Y", "%d.%m.%Y %H:%M" or "%Y年%m月%d日", or `excel` for serial numbers
bad-header-rows = header_rows is { $value }; expected 1 to 20 (the row of column names and the rows under it that are not data)
unknown-encoding = unknown encoding `{ $name }`; expected a name such as utf-8, gbk, gb18030, utf-16le, utf-16be, big5, shift_jis or windows-1252
unknown-delimiter = delimiter `{ $value }` is not one csbook reads; expected ",", ";", "\t" (or tab) or "|"
unknown-segment = unknown segment `{ $id }`{ $suggestion }; declare it under `segments:`
what-instrument = instrument
what-customers-file = customers file
what-activity-file = activity file
no-such-file = { $what } `{ $name }` does not exist
links-out = { $what } `{ $name }` is a symbolic link to a file outside the project; csbook does not follow links out of the project folder. Copy the file in, or name its real path in csbook.yaml
bad-survey-period = survey.period `{ $value }` is not a month; expected YYYY-MM, the month of every response
bad-sla-hours = complaints.sla_hours.{ $severity } is { $value }; expected a number of hours above 0 and at most { $max } (ten years)
unknown-time-zone = unknown time zone `{ $name }`; expected an IANA name such as Asia/Shanghai or UTC
bad-baseline = spc.baseline `{ $from }` to `{ $to }` is not a range of months (YYYY-MM, from <= to)
bad-complaint-share = iceberg.complaint_share is { $value }; expected a share in (0, 1]
unknown-target = target for unknown indicator `{ $id }`{ $suggestion }
bad-limit = `{ $key }` is { $value }; expected a whole number from { $lo } to { $hi }
window-too-long = drivers.window is { $window } months, longer than the { $max } months of data a build accepts (`max_months`)
min-cell-zero = `min_cell_size` must be at least 1
cs-index-seven = cs_index needs 7 { $key } (one per level of the 7-point scale), not { $count }
cs-index-rising = cs_index { $key } must rise from the lowest level to the highest
negative-weight = servqual.weights.{ $dimension } is { $value }; weights must be zero or more
weights-all-zero = servqual.weights are all zero, so the weighted gap would have no value; give at least one dimension a weight above 0, or remove `servqual.weights` for the default
window-zero = drivers.window must be at least 1 month
bad-level = significance.level is { $value }; expected a probability such as 0.05
## Instruments

fixed-scale = item `{ $id }` cannot change scale: a binary item stays yes/no and NPS stays 0-10
scale-from-not-a-date = `{ $value }` in scale_from of item `{ $id }` is not a date; expected YYYY-MM-DD, the first day of the new scale
scale-from-not-a-scale = scale `{ $value }` in scale_from of item `{ $id }` is not of the form LOW-HIGH such as 1-10
short-new-scale = the overall item `{ $id }` changes to a scale of { $points } points; CSAT needs at least four
too-many-slots = item `{ $id }` has { $slots } answers over its scales; at most 200 are supported
duplicate-item = duplicate item id `{ $id }`
bad-scale = scale `{ $value }` is not of the form LOW-HIGH such as 1-7 or 0-10, nor `binary`
short-overall-scale = the overall item `{ $id }` has a scale of { $points } points; CSAT (the top-2-box share) needs at least four, or it is 100 % by construction. For a yes/no question use `scale: binary` with `positive: [1, yes, 是]`
binary-needs-positive = the binary item `{ $id }` needs `positive:`, the answers that mean yes (such as [1, yes, 是])
nps-scale = the nps item `{ $id }` must use the scale 0-10, not { $scale }
unknown-dimension = item `{ $id }` has unknown dimension `{ $dimension }`{ $suggestion }
negative-item-weight = item `{ $id }` has weight { $value }; weights must be zero or more
label-outside-scale = label `{ $label }` stands for { $value }, which is outside the scale { $scale } of item `{ $id }` and not a not-applicable code
paired-scale-change = item `{ $id }` is one of a pair (expectation, adequate or desired with its perception) and cannot change scale: a gap needs both answers on one scale
unknown-pair = item `{ $id }` pairs with unknown item `{ $pair }`
role-twice = more than one item has the role { $role }; keep one
## The data as a whole

weight-of-unknown-dimension = servqual.weights names `{ $dimension }`, which is not a dimension of the instrument{ $suggestion }
span-too-long = the data runs from { $first } ({ $first_at }) to { $last } ({ $last_at }), { $span } months, more than the { $max } a build accepts; correct the date, or raise `max_months` in csbook.yaml
baseline-outside-data = spc.baseline { $from } to { $to } lies outside the data ({ $first } to { $last }); choose months with data, or remove it to use every month
what-survey-data = survey
what-complaint-data = complaint
too-many-values = segment `{ $id }` (column `{ $column }`) has more than { $max } distinct values in the { $source } data; each value becomes groups on every page, so this is probably an id or free text. Map it to fewer groups, or raise `max_segment_values`
undecodable-utf8 = bytes that are not valid { $encoding } here; save the file as UTF-8 (or set `encoding:` for a data source)
undecodable-text = bytes that are not valid { $encoding } here; save the file as UTF-8
no-rows-in-file = the file has a header and no rows; export it again with its data, or remove it from csbook.yaml
folder-not-empty = the folder is not empty; choose a new folder
## Figures in commentary

unknown-indicator-figure = unknown indicator `{ $id }`{ $suggestion }
figure-without-data = `{ $id }` has no figures in this handbook: the data it needs (survey responses, complaints, customers or activity) is not configured in csbook.yaml, or has no rows
no-months = none
unknown-period = unknown period `{ $period }`; the data covers { $range }
unknown-segment-figure = unknown segment `{ $segment }`{ $suggestion }
segment-needs-of = segment `{ $segment }` needs `of=` naming one of its values
unknown-segment-value = `{ $value }` is not a value of segment `{ $segment }` in the data
unknown-figure-key = unknown key `{ $key }`{ $suggestion }
unknown-figure-coordinate = unknown { $what } `{ $name }`{ $suggestion }
figure-needs-key = `{ $id }` needs `key=`, `item=` or `dimension=` naming one of its breakdown values (such as a category, `median`, an item id or a dimension id)
unknown-figure-field = unknown field `{ $field }`{ $suggestion }; expected value, n, share, cum_share, ci_low or ci_high
## Commentary

unsafe-link = link to a `{ $scheme }:` URL dropped (its text is kept); allowed are { $allowed }, relative and `#` links
fishbone-no-effect = the effect is empty; write what went wrong after `effect:`
fishbone-no-causes = no causes; add at least one of people, method, machine, material, environment, measurement
content-links-out = a symbolic link to a file outside the project; csbook does not follow it. Copy the file into content/
second-commentary = a second commentary for { $period }; { $other } already has it
same-slug = two chapters would both be published as `{ $slug }`; rename one file
no-front-matter = missing front matter; the file must start with `---`, a `title:` line and `---`
bad-commentary-period = period `{ $value }` is not a month; expected YYYY-MM such as 2025-03

## Writing the site

not-a-site-folder = refusing to replace this folder: it is not empty and was not written by csbook (no .csbook-site file)
fishbone-bad-cause = expected a cause (a text, or `cause:` with `causes:`)
## Templates

value-too-large = a value of { $size } MiB is printed; a page may print values of at most { $max } MiB
cannot-load-template = cannot load template `{ $name }`: { $why }
template-path = templates are named by their path inside the project's templates/ folder (no absolute paths, no `..`)
template-links-out = it is a symbolic link to a file outside the templates/ folder
cannot-read-template = cannot read templates/{ $name }: { $error }
page-too-large = { $page } would be { $size } MiB; a page may be at most { $max } MiB
short-trailing-year = `{ $period }` would be shorter than twelve months: the data starts { $first }, and a trailing twelve months is published from its twelfth month on
incomplete-quarter = quarter `{ $period }` is not complete in the data; a quarter is published when it has its three months (the latest also while under way)
bad-min-effect = significance.min_effect is { $value }; expected points of a 0-100 scale from 0 to 100, such as 3
## Chart titles that state the conclusion (the metric's name is the subtitle)

headline-trend = { $movement ->
        [up] { $name } rose to { $value }
        [down] { $name } fell to { $value }
        [flat] { $name } held at { $value }
       *[none] { $name } at { $value }
    }{ $record ->
        [high] , the highest in { $months } months
        [low] , the lowest in { $months } months
       *[none] {""}
    }{ $standing ->
        [met] ; target of { $target } met
        [missed] ; target of { $target } missed
       *[none] {""}
    }
headline-segments = Weakest { $segment }: { $worst } at { $value } (n = { $n }){ $mark ->
        [target] ; { $behind } of { $count } miss the target of { $reference }
        [overall] ; { $behind } of { $count } trail the overall { $reference }
       *[none] {""}
    }
headline-pareto = { $first } leads with { $share } of complaints; { $vital } of { $count } { $breakdown } values make up 80%
headline-control = { $latest ->
        [yes] Signal in { $month }
       *[no] No signal in { $month }
    } ({ $count } of the { $months } months shown)
u-chart-overdispersed = The u-chart of the complaint rate flags most months: with a customer base this large, limits from the Poisson assumption are too narrow (over-dispersion). The XmR chart of the rate is shown instead.

breakdown-category = content
breakdown-defect = defect
breakdown-product = product
breakdown-region = region
breakdown-department = department
breakdown-channel = channel
breakdown-severity = severity
pareto-title = Complaints Pareto by { $breakdown }, { $month }
heatmap-title = Complaint categories by month

## Attention items (sentences with their numbers)

attention-target = { $name } { $value }, { $above ->
    [yes] above
   *[no] below
} its target of { $target } (n = { $n })
attention-target-basis = the company's figure of the month against the target in csbook.yaml
attention-signal = { $chart }: { $meaning } (this month { $value }, centre line { $center })
attention-signal-basis = { $set } rule { $rules }: { $meanings }
attention-surge = Complaints about “{ $category }” rose from { $before } to { $now } of all complaints ({ $count } complaints)
attention-surge-basis = two-proportion z-test against last month, p { $p }
attention-everyone = Everyone
attention-change = { $who }: { $name } { $value }, against { $against ->
    [previous] last month's
   *[last_year] a year ago's
} { $base } (n = { $n })
attention-change-basis = { $test }, p after the Benjamini-Hochberg correction { $p }
rule-nelson-1 = one point beyond the 3-sigma limits
rule-nelson-2 = nine points in a row on one side of the centre
rule-nelson-3 = six points in a row steadily rising or falling
rule-nelson-4 = fourteen points in a row alternating up and down
rule-nelson-5 = two of three points beyond 2 sigma on one side
rule-nelson-6 = four of five points beyond 1 sigma on one side
rule-nelson-7 = fifteen points in a row within 1 sigma
rule-nelson-8 = eight points in a row beyond 1 sigma
rule-we-4 = eight points in a row on one side of the centre
## What each indicator is (the downloads page)

def-responses = number of valid respondents (rows)
def-overall-mean = mean of the overall satisfaction item over its valid answers
def-csat = share of valid answers in the two highest points of the overall item's scale (a yes for a yes/no item)
def-dissatisfied = share of valid answers below the overall item's midpoint
def-nps = percent promoters (9-10) minus percent detractors (0-6) on the 0-10 recommendation item, with its 95 % interval
def-ces = mean of the customer-effort item
def-cs-index = importance-weighted mean of the level values of the 7-point perception items
def-cs-level = the satisfaction level (1-7) whose band holds the CS index
def-item-mean = mean of an item over its valid answers (reverse-coded items recoded first)
def-item-index = an item's mean on 0-100: (mean − low) / (high − low) · 100
def-answer-share = share of an item's valid answers that gave each answer value
def-item-missing = an item's empty cells
def-item-not-applicable = an item's not-applicable answers
def-expectation-mean = mean expectation (E) over respondents with both P and E answered
def-perception-mean = mean perception (P) over respondents with both P and E answered
def-servqual-gap = mean of perception minus expectation (P − E), per item and per dimension
def-servqual-weighted = SERVQUAL gap of the dimensions weighted by their importance
def-zot-adequate = mean adequate service level (A) of a dimension
def-zot-desired = mean desired service level (D) of a dimension
def-zot-msa = measure of service adequacy: mean of P − A (below the zone of tolerance when negative)
def-zot-mss = measure of service superiority: mean of P − D (above the zone of tolerance when positive)
def-zot-inconsistent = share of items answered with adequate above desired (a data-quality flag)
def-cronbach-alpha = Cronbach's alpha of a dimension's items (reliability; below 0.7 is flagged)
def-driver-r2 = share of the variance of overall satisfaction the dimensions explain over the driver window
def-driver-beta = standardised regression weight of a dimension on overall satisfaction
def-driver-weight = relative weight of a dimension (Johnson), its share of the explained variance
def-ipa-performance = a dimension's mean perception on 0-100, for the importance-performance grid
def-ipa-quadrant = the importance-performance quadrant of a dimension
def-loyalty-quadrant = share of respondents who are loyalists, mercenaries, hostages or defectors (satisfaction against recommendation)
def-retention-rate = share of the customers active last month who are active again this month
def-churn-rate = 100 minus the retention rate
def-repurchase-rate = share of the customers with a purchase in twelve months who bought at least twice
def-complaints = number of complaints received
def-complaints-by-category = complaints per category, with share and cumulative share (Pareto)
def-complaints-by-defect = complaints per defect, with share and cumulative share (Pareto)
def-complaints-by-product = complaints per product, with share and cumulative share (Pareto)
def-complaints-by-region = complaints per region, with share and cumulative share (Pareto)
def-complaints-by-department = complaints per department, with share and cumulative share (Pareto)
def-complaints-by-channel = complaints per channel, with share and cumulative share (Pareto)
def-complaints-by-severity = complaints per severity, with share and cumulative share (Pareto)
def-complaint-rate = complaints per 1,000 customers
def-first-response-hours = hours from receipt to the first response: median and 90th percentile
def-resolution-hours = hours from receipt to resolution: median and 90th percentile
def-sla-met = share of judged complaints resolved within the hours their severity allows
def-reopen-rate = share of resolved complaints that were reopened
def-fcr-rate = share of complaints resolved at the first contact
def-timely-rate = share of complaints answered in time, by the organisation's own flag
def-backlog = complaints still open at the end of the period
def-iceberg-silent-dissatisfied = estimated dissatisfied customers who did not complain (from the iceberg assumptions)
def-wom-reach = estimated people who hear of the dissatisfaction (from the iceberg assumptions)
def-spc-value = the point a control chart plots for the month
def-spc-center = a control chart's centre line
def-spc-ucl = a control chart's upper control limit
def-spc-lcl = a control chart's lower control limit
def-spc-signal = a run rule that this month's point of a control chart broke (the rule number)
## The month in one sentence (home)

summary = { $targets }{ $moved }{ $base }
summary-targets = { $count ->
    [0] No headline figure has a target.
   *[other] { $met } of { $count } headline figures with a target { $met ->
        [one] meets
       *[other] meet
    } it.
}
summary-move = {" "}The largest change on a year ago: { $name } { $change }{ $significant ->
    [yes] , a significant change.
   *[no] .
}
summary-small-base = {" "}This month rests on { $n ->
    [one] one response
   *[other] { $n } responses
} only: read its survey figures with care.
## Charts

chart-mean = Mean
chart-interval = 95 % interval
chart-item = Item
chart-n = n
chart-item-means-title = The { $count } rated items, ranked by their mean
chart-item-means-summary = The { $count } rated items by their mean, with 95 % intervals: { $top } highest ({ $top_mean }), { $bottom } lowest ({ $bottom_mean }).
iceberg = An estimate, not a measurement: behind this month's { $complaints } complaints there are about { $silent } dissatisfied customers who did not complain, and word of mouth may reach about { $reach } people. Assumptions: only { $share }% of dissatisfied customers complain; each tells { $tells } people on average.
unknown-label-field = labels for `{ $field }`{ $suggestion }, which is neither a segment nor a complaint breakdown; expected one of { $fields }
chart-other = other ({ $count })
pareto-no-vital-few = Complaints by { $breakdown }: { $count ->
    [one] a single value holds them all
   *[other] all { $count } values are needed to reach 80 %
}, so there is no chart ({ $list }).

## The theme's words (templates' `t.key`, `ui-` and the key with - for _)

ui-home = Home
ui-handbook = Handbook
ui-reports = Monthly reports
ui-report-title = Report for {"{"}month{"}"}
ui-pareto-title = Complaints Pareto, {"{"}month{"}"}
ui-archive = Archive
ui-analysis-title = Service-quality analysis, {"{"}month{"}"}
ui-analysis = Service-quality analysis
ui-open-analysis = Open the service-quality analysis
ui-key-figures = Key figures
ui-significance = Tested changes
ui-significance-all = All respondents
ui-significance-anova = Differences between segment values
ui-flagged = significant
ui-indicator = Indicator
ui-against = Compared with
ui-base-value = Base value
ui-difference = Change
ui-test = Test
ui-statistic = Statistic
ui-df = df
ui-p-value = p
ui-p-adjusted = Adjusted p
ui-result = Result
ui-segment-value = Value
ui-segment-name = Segment
ui-low-base = low base
ui-reliability = Scale reliability (Cronbach's alpha)
ui-reliability-note = Blocks with alpha below 0.7 are marked: their items may not measure one thing, so read that dimension's means and gaps with care.
ui-dimension = Dimension
ui-block = Block
ui-survey-checks = Survey checks
ui-alpha-checked = Reliability (Cronbach's alpha) was checked for {"{"}blocks{"}"} monthly dimension blocks; {"{"}flagged{"}"} fell below {"{"}reliable{"}"}:
ui-alpha-months = Months below the threshold (alpha)
ui-zone-checked = Of {"{"}pairs{"}"} pairs of adequate and desired answers, {"{"}inconsistent{"}"} put adequate above desired (an inconsistent answer); they are kept in the figures and only flagged here.
ui-block-perception = Perception (P)
ui-block-expectation = Expectation (E)
ui-block-gap = Gap (P − E)
ui-loyalty = Satisfaction and loyalty
ui-loyalty-note = Respondents by overall satisfaction (top two boxes high) and likelihood to recommend (9-10 high).
ui-quadrant = Type
ui-meaning = Meaning
ui-quality = Data quality
ui-downloads = Downloads
ui-latest-report = Latest report
ui-headline = This month at a glance
ui-vs-last-month = vs last month
ui-vs-last-year = vs a year ago
ui-attention-basis = Basis
ui-handling = Complaint handling
ui-downloads-intro = Every figure of this handbook, for a spreadsheet; values keep full precision, small cells are suppressed.
ui-file-contents = Contents
ui-size = Size
ui-indicators-file = The indicator table: one row per indicator, period and group
ui-comparisons-file = The comparisons: every tested change and segment difference
ui-indicator-column = the indicator's id, listed below
ui-indicator-list = Indicators
ui-name = Name
ui-definition = Definition
ui-not-in-this-handbook = not in this handbook's data
ui-significant-change = a statistically significant change
ui-target = Target
ui-on-target = on target
ui-off-target = below target
ui-no-target = no target
ui-month = Month
ui-quarter = Quarter
ui-partial-quarter = (under way: {"{"}n{"}"} of 3 months)
ui-value = Value
ui-base = Base (n)
ui-data-table = Data table
ui-commentary = Commentary
ui-no-commentary = No commentary for this month yet.
ui-previous = Previous month
ui-next = Next month
ui-contents = Contents
ui-on-this-page = On this page
ui-category = Category
ui-count = Count
ui-share = Share
ui-cum-share = Cumulative share
ui-vital-few = Vital few
ui-yes = yes
ui-file = File
ui-read-as = Read as
ui-scale-use = Use of the scales
ui-item = Item
ui-scale-use-note = In these months no answer used the top third of an item's declared scale: the scale may be declared wider than the one asked, or it changed.
ui-unused-values = Unused values / scale
ui-blanked = Fields left empty
ui-blanked-note = These fields held invalid values and were left empty; their rows stay in every count that does not need them.
ui-without-ids = no id column (`none`): rows are known by their line, and duplicates cannot be found
ui-delimited-by = delimiter
ui-rows = Rows
ui-accepted = Accepted
ui-rejected = Rejected
ui-reason = Reason
ui-examples = Examples
ui-all-rows-accepted = Every data row passed validation.
ui-suppressed-note = groups were hidden because their base was below the minimum cell size.
ui-min-cell = Minimum cell size
ui-segment = Segment
ui-overall = Overall
ui-download-csv = Download CSV
ui-download-json = Download JSON
ui-columns = Columns
ui-generated = Generated by csbook
ui-skip-to-content = Skip to content
ui-no-data = no data
ui-ci = 95% interval
ui-better-up = higher is better
ui-better-down = lower is better
ui-breadcrumbs = Breadcrumbs
ui-pager = Previous and next
ui-previous-page = Previous
ui-next-page = Next
ui-theme-toggle = Dark mode
ui-menu = Menu
ui-search = Search
ui-search-placeholder = Search the handbook…
ui-search-results = Search results
ui-no-results = Nothing matched.
ui-search-loading = Loading the index…
ui-search-unavailable = The search index could not be loaded.
ui-results-count = results
ui-copy-link = Copy a link to this section
ui-link-copied = Link copied
ui-charts = Charts
ui-complaints-title = Complaints, {"{"}month{"}"}
ui-complaints-page = Complaints
ui-open-complaints = Open the month's complaints page
ui-trends = Trends
ui-by-segment = By segment
ui-stability = Stability (control charts)
ui-complaints-glance = Complaints at a glance
ui-complaint-breakdowns = What complaints are about
ui-handling-times = Handling times
ui-more-items = More items
ui-attention = Needs attention
ui-attention-none = Nothing this month needs special attention.
ui-attention-intro = What needs a manager's attention in the latest month, most severe first. Each item links to the chart that shows it.
ui-iceberg = Iceberg estimate
ui-verbatims = Complaint descriptions (masked)
ui-trend = trend
ui-change = Change
ui-change-vs-previous = change on the previous period
ui-archive-note = Under each figure, its change on the period before: ▲ up, ▼ down; green is better, red is worse.
ui-jump-to-month = Jump to a month
ui-go = Go
ui-compare = Compare two months
ui-compare-hint = Pick two months to see how each indicator moved.
ui-compare-from = From
ui-compare-to = To
ui-percentage-points = pp
ui-improved = better
ui-worsened = worse
ui-unchanged = unchanged
ui-policy = Invalid rows
ui-policy-fail = stop the build
ui-policy-skip = leave out and count
ui-n-label = n
ui-sparkline-note = last 13 months

## Why rows were rejected (the data-quality page)

reason-duplicate-complaint-id = duplicate complaint id
reason-duplicate-respondent-id = duplicate respondent id
reason-duplicate-month = duplicate month
reason-empty-complaint-id = empty complaint id
reason-empty-respondent-id = empty respondent id
reason-event-before-receipt = event before receipt
reason-invalid-row = invalid row
reason-malformed-csv = malformed CSV
reason-missing-customer-id = missing customer id
reason-not-a-count = not a count
reason-not-a-duration = not a duration
reason-not-a-number = not a number
reason-not-a-yes-no-flag = not a yes/no flag
reason-not-valid-text-in-the-file-s-encoding = not valid text in the file's encoding
reason-stray-byte = stray byte
reason-unparseable-date = unparseable date
reason-unparseable-month = unparseable month
reason-value-outside-its-scale = value outside its scale
reason-value-too-long = value too long
reason-wrong-number-of-fields = wrong number of fields

## Indicator names (`ind-` and the indicator's id with - for _)

ind-responses = Responses
ind-overall-mean = Overall satisfaction (mean)
ind-csat = CSAT (top-2-box)
ind-dissatisfied = Dissatisfied (below midpoint)
ind-nps = Net Promoter Score
ind-ces = Customer effort (CES, mean)
ind-cs-index = CS index (0-100)
ind-cs-level = CS level
ind-item-mean = Item mean
ind-item-index = Item score (0-100)
ind-answer-share = Answer distribution
ind-item-missing = Missing answers
ind-item-not-applicable = Not-applicable answers
ind-expectation-mean = Expectation mean (E)
ind-perception-mean = Perception mean (P)
ind-servqual-gap = SERVQUAL gap (P − E)
ind-servqual-weighted = Weighted SERVQUAL gap
ind-zot-adequate = Adequate service (A)
ind-zot-desired = Desired service (D)
ind-zot-msa = Service adequacy (MSA, P − A)
ind-zot-mss = Service superiority (MSS, P − D)
ind-zot-inconsistent = Adequate above desired (answers)
ind-cronbach-alpha = Cronbach's alpha
ind-driver-r2 = Driver model R²
ind-driver-beta = Standardised beta
ind-driver-weight = Relative weight
ind-ipa-performance = IPA performance (0-100)
ind-ipa-quadrant = Importance-performance quadrant
ind-loyalty-quadrant = Satisfaction-loyalty quadrant
ind-retention-rate = Retention rate
ind-churn-rate = Churn rate
ind-repurchase-rate = Repurchase rate
ind-complaints = Complaints
ind-complaints-by-category = Complaints by category
ind-complaints-by-defect = Complaints by defect
ind-complaints-by-product = Complaints by product
ind-complaints-by-region = Complaints by region
ind-complaints-by-department = Complaints by department
ind-complaints-by-channel = Complaints by channel
ind-complaints-by-severity = Complaints by severity
ind-complaint-rate = Complaints per 1,000 customers
ind-first-response-hours = Hours to first response
ind-resolution-hours = Hours to resolution
ind-sla-met = Resolved within SLA
ind-reopen-rate = Reopen rate
ind-fcr-rate = First-contact resolution
ind-timely-rate = Timely response
ind-backlog = Open at period end
ind-iceberg-silent-dissatisfied = Silent dissatisfied (estimate)
ind-wom-reach = Word-of-mouth reach (estimate)
ind-spc-value = Control-chart value
ind-spc-center = Control-chart centre line
ind-spc-ucl = Upper control limit
ind-spc-lcl = Lower control limit
ind-spc-signal = Control-chart signal (rule)

## Data values the handbook shows

missing-label = (missing)

## Service-quality charts (gaps, zone of tolerance, IPA, drivers)

sq-expectation-e = Expectation (E)
sq-perception-p = Perception (P)
sq-expectation-and-perception-by-dimension = Expectation and perception by dimension
sq-dimension = Dimension
sq-gap-p-e = Gap P − E
sq-base-n = Base (n)
sq-item-gaps-p-e-widest-first = Item gaps (P − E), widest first
sq-item = Item
sq-question = Question
sq-gap = Gap
sq-below-the-zone = below the zone
sq-above-the-zone = above the zone
sq-within-the-zone = within the zone
sq-zone-of-tolerance-a-to-d = Zone of tolerance (A to D)
sq-zone-of-tolerance-by-dimension = Zone of tolerance by dimension
sq-adequate-a = Adequate A
sq-desired-d = Desired D
sq-position = Position
sq-answer-distributions-1-7 = Answer distributions (1-7)
sq-concentrate-here = Concentrate here
sq-keep-up-the-good-work = Keep up the good work
sq-low-priority = Low priority
sq-possible-overkill = Possible overkill
sq-importance-relative-weight-of-r = Importance (relative weight, % of R²)
sq-standardised = Standardised β
sq-performance-0-100 = Performance (0-100)
sq-ipa-quadrant = IPA quadrant
sq-importance-of-r = Importance (% of R²)
sq-mean-importance = mean importance
sq-mean-performance = mean performance
sq-importance-performance-analysis = Importance-performance analysis
sq-relative-weight-of-r = Relative weight (% of R²)
sq-key-drivers-relative-weights = Key drivers (relative weights)
sq-ep-summary = Perception against expectation by dimension; the widest gap is { $dimension } (P − E = { $gap }).
sq-gaps-summary = { $count } items sorted by gap; the widest is { $item } ({ $gap }).
sq-zot-summary-none = Perception lies within or above the zone of tolerance (adequate to desired service) in every dimension.
sq-zot-summary-below = Perception falls below adequate service in: { $dimensions }.
sq-dist-summary = Answer distributions of { $count } items (1-3 to the left, 5-7 to the right); the highest top-2-box share is { $best } ({ $best_share }%), the lowest { $worst } ({ $worst_share }%).
sq-ipa-summary-none = No dimension falls in the “concentrate here” quadrant (high importance, low performance).
sq-ipa-summary-focus = “Concentrate here” (high importance, low performance): { $dimensions }.
sq-drivers-summary = Key drivers over the last three months: the model explains { $r2 }% of the variance of overall satisfaction; { $dimension } contributes most ({ $importance }%).

## Words shared by several parts

list-separator = {", "}

## Survey sections (tested changes, loyalty)

sv-last-three-months = last three months
sv-very-dissatisfied = very dissatisfied
sv-dissatisfied = dissatisfied
sv-not-very-satisfied = not very satisfied
sv-neutral = neutral
sv-fairly-satisfied = fairly satisfied
sv-satisfied = satisfied
sv-very-satisfied = very satisfied
sv-welch-t-test = Welch t-test
sv-two-proportion-z-test = two-proportion z-test
sv-nps-difference-z-test = NPS difference z-test
sv-one-way-anova = one-way ANOVA
sv-previous-month = previous month
sv-same-month-last-year = same month last year
sv-across-values = across values
sv-significantly-up = significantly up
sv-significantly-down = significantly down
sv-significant-difference = significant difference
sv-low-base-not-tested-for-a = low base, not tested for a flag
sv-loyalists = Loyalists
sv-satisfied-and-would-recommend = satisfied and would recommend
sv-mercenaries = Mercenaries
sv-satisfied-would-not-recommend = satisfied, would not recommend
sv-hostages = Hostages
sv-not-satisfied-would-still-recommend = not satisfied, would still recommend
sv-defectors = Defectors
sv-neither-satisfied-nor-recommending = neither satisfied nor recommending
sv-method = { $tested } tests on this page, { $flagged } significant. Means use Welch's t-test, CSAT the two-proportion z-test, NPS a z-test on the difference with its standard error, and differences between a segment's values a one-way ANOVA. P-values are adjusted with Benjamini-Hochberg across every test on this page; a change is flagged only when the adjusted p is below { $level } and both cells have at least { $low } answers. Cells with fewer than { $low } answers are listed and marked, never flagged.
sv-summary = { $flagged } changes this month are statistically significant; service-quality gaps, the zone of tolerance, key drivers and every test are on the analysis page.

## Fishbone diagrams

fishbone-people = People
fishbone-method = Method
fishbone-machine = Machine
fishbone-material = Material
fishbone-environment = Environment
fishbone-measurement = Measurement

## Complaint charts (control charts, handling times, heat map)

cc-value = value
cc-centre = centre
cc-ucl = UCL
cc-lcl = LCL
cc-signal = signal
cc-month = Month
cc-median = median
cc-p90 = 90th percentile
cc-base-n = Base (n)
cc-category = Category
cc-control-summary-none = { $title }: every point is within its limits; no rule fired.
cc-control-summary-signals = { $title }: signals (rule numbers) in { $signals }.
cc-bands-summary = { $title }: in { $month } the median was { $median } hours and the 90th percentile { $p90 } hours.
cc-heatmap-summary = { $title }: the hottest cell is “{ $category }” in { $month }, { $count } complaints.

## Chart summaries

chart-trend-summary = { $name } went from { $from } in { $from_month } to { $to } in { $to_month }{ $target }.
chart-pareto-summary = { $title }: { $count } categories make up about 80% ({ $list }).
chart-segment-summary = { $name } by { $segment }: highest { $highest } ({ $highest_value }), lowest { $lowest } ({ $lowest_value }).

## Figures in commentary, as shown

figure-suppressed = (base too small to show)

## Number formats

unit-pp = {" "}pp

## Control-chart titles

spc-title-p-dissatisfied = p-chart: share of dissatisfied answers
spc-title-u-complaint-rate = u-chart: complaints per 1,000 customers
spc-title-xmr-complaints = XmR chart: complaints per month
spc-title-xmr-resolution = XmR chart: median hours to resolution
spc-title-xmr-complaint-rate = XmR chart: complaints per 1,000 customers

## A new project (csbook new)

scaffold-title = Customer satisfaction handbook
scaffold-region = Region
scaffold-channel = Channel

## Charts that cannot mislead

chart-segment-low-base = { $segment } (n = { $n })
