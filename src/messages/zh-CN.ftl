# csbook 的中文消息。每一条在 en.ftl 中都有同名条目（测试检查两个文件的
# 条目相同，且代码用到每一条）。参数写作 `{ $name }`。

## 命令行

problems-found = 发现 { $count } 个问题：
problems-help = 请修正上面列出的位置，然后再运行 `csbook check`
more-problems-in-file = … 此文件另有 { $count } 个问题，已计数但未列出
more-problems = … 另有 { $count } 个

## 句子的组成部分

did-you-mean = （是否想写 `{ $word }`？）
## 读取数据文件

label-too-long = 值 `{ $value }` 长 { $length } 个字符；分组或类别的值最多 { $max } 个字符
wrong-width = 此行有 { $fields } 个字段；应与表头一致，为 { $width } 个{ $unclosed }
unclosed-quote = ；第 { $column } 列带引号的值跨越了 { $lines } 行，开头的引号（"）可能没有闭合
nul-byte = 一个 NUL 字节
stray-bom = 一个字节顺序标记（U+FEFF）
probably-gbk = ；如果文件是由中文版 Excel 保存的，它很可能是 GBK 编码：请设置 `encoding: gbk`
undecodable-value = 此值含有不是有效 { $encoding } 的字节（文件按此编码读取）{ $hint }
stray-bytes = 此值含有{ $what }；请将文件重新导出为纯文本
cannot-read-file = 无法读取文件：{ $error }
undecodable-header = 表头不是有效的 { $encoding }；请为此数据源把 `encoding:` 设为文件的编码（gbk、utf-16le…）
wrong-delimiter = 按 `{ $used }` 分隔时表头只有一列，但其中含有 `{ $found }`：文件看来是以 `{ $found }` 分隔的；请为此数据源设置 `delimiter: "{ $found }"`，或删除 `delimiter:` 以自动识别
duplicate-column = 列 `{ $name }` 在表头中出现了两次（第 { $first } 列和第 { $second } 列）；请重命名或删除其中一列
empty-file = 文件是空的；应有一行表头
header-one-value = 它的第一行是一个 { $length } 个字符的值，不是以逗号分隔各列的表头
header-columns = 它的表头有 { $count } 列：{ $names }
unrelated-file = 此文件中没有{ $what }所需的任何一列（{ $wanted }）；{ $has }。请检查 csbook.yaml 是否指向了正确的文件，且文件保存为逗号分隔值
missing-column = 缺少必需的列 `{ $name }`（{ $what }）{ $suggestion }；表头中有：{ $header }
mapped-column-missing = 列 `{ $name }`（{ $what }）不在 { $file } 中{ $suggestion }；其表头中有：{ $header }
malformed-csv = CSV 格式错误：{ $error }
cannot-read-workbook = 无法读取工作簿：{ $error }
no-such-sheet = 工作簿中没有工作表 `{ $sheet }`{ $suggestion }；其工作表有：{ $sheets }
no-sheet = 工作簿中没有工作表
cannot-read-sheet = 无法读取工作表 `{ $sheet }`：{ $error }
## 列的内容

what-customer-id = 客户编号
what-month = 月份
what-purchases = 购买次数
what-customers = 客户数
what-segment = 分组 `{ $id }`

## 客户基数与购买记录

not-a-month-or-date = `{ $value }` 不是月份；应为 YYYY-MM 或日期
not-a-month = `{ $value }` 不是月份；应为 YYYY-MM
not-purchases = `{ $value }` 不是购买次数；应为 0 或以上的整数
empty-customer-id = 客户编号为空
not-customers = `{ $value }` 不是客户数；应为 0 或以上的整数
duplicate-customer-month = { $month } { $values } 的第二行；第一行在第 { $first } 行
## 投诉

what-complaints-file = 投诉文件
what-complaint-id = 投诉编号
what-received = 受理时间
what-field = { $field }
what-first-response = 首次响应时间
what-first-response-hours = 首次响应小时数
what-resolved = 解决时间
what-resolution-hours = 解决小时数
what-reopened = 重开标记
what-timely = 及时响应标记
what-fcr = 首次解决标记
what-description = 描述
empty-complaint-id = 投诉编号为空；应有编号（导出文件没有编号列时，可映射 `id: none`）
duplicate-complaint-id = 投诉编号 `{ $id }` 重复；第一次出现在第 { $first } 行
not-hours = 值 `{ $value }` 不是小时数；应为 0 到 { $max } 之间的数（一百年）
not-a-flag = 值 `{ $value }` 不是标记；应为 1 或 0（也可为 true/false、yes/no、是/否 或 N/A）
event-before-receipt = `{ $time }` 早于投诉的受理时间（{ $received }）
## 日期

expected-date = 日期（如 2025-03-31）或日期时间（如 2025-03-31 14:05；年份 1 到 9998，UTC 偏移最多 ±14:00）
unparseable-date = 无法识别的日期 `{ $value }`；应为{ expected-date }
unparseable-date-formats = 无法识别的日期 `{ $value }`；应为{ expected-date }，或 { $formats }
ambiguous-date = 日期 `{ $value }` 有歧义：可能是日/月，也可能是月/日；请在 csbook.yaml 中为此数据源设置 `date_format: "%m{ $sep }%d{ $sep }%Y"`（月在前，美国写法）或 `date_format: "%d{ $sep }%m{ $sep }%Y"`
day-first-date = 无法识别的日期 `{ $value }`；应为{ expected-date }；它看来是 日{ $sep }月{ $sep }年：请为此数据源设置 `date_format: "%d{ $sep }%m{ $sep }%Y"`
month-first-date = 无法识别的日期 `{ $value }`；应为{ expected-date }；它看来是 月{ $sep }日{ $sep }年：请为此数据源设置 `date_format: "%m{ $sep }%d{ $sep }%Y"`
## 问卷答卷

what-responses-file = 答卷文件
what-respondent-id = 受访者编号
what-response-date = 答卷日期
what-item = 问卷题目
unknown-item = 未知题目 `{ $name }`：问卷中没有此题{ $suggestion }；如要接受此列，请把它列在 `survey.other_columns` 或 `personal_data` 下
why-not-yes-no = 既不是它的肯定答案，也不是否定答案
why-not-text = 不是有效的 UTF-8
why-not-whole = 不是整数
why-not-whole-nor-label = 既不是整数，也不是它的标签
why-outside-scale = 超出了题目的量表
empty-respondent-id = 受访者编号为空；应有编号（导出文件没有编号列时，可设置 `id_column: none`）
duplicate-respondent-id = 受访者编号 `{ $id }` 重复；第一次出现在第 { $first } 行
bad-answer = 题目 `{ $item }` 的值 `{ $value }` { $why }；应为 { $scale } 之间的整数{ $regime }{ $hint }
scale-between = （该题在 { $from } 至 { $to } 前一天的量表）
scale-from = （该题自 { $from } 起的量表）
scale-before = （该题在 { $to } 之前的量表）
or-na-code = ，或不适用代码（{ $codes }）
or-label = ，或它的标签之一：{ $labels }
answer-hints = { $codes }{ $labels }
## YAML 文件（项目文件、问卷、front matter）

kind-count = 不小于 0 的整数
kind-whole = 整数
kind-number = 数字
kind-bool = true 或 false
yaml-expected = 应为{ $kind }，实际为 `{ $found }`
yaml-no-value = 此键没有值；请在冒号后写上值（如果此键可省略，也可删除这一行）
yaml-duplicate-key = 键 `{ $key }` 在此映射中出现了两次；请保留一个
yaml-unknown-key = 未知的键 `{ $key }`{ $suggestion }；应为以下之一：{ $expected }
## 进度与构建摘要

step-reading-project = 读取 csbook.yaml
step-computing = 计算指标
step-rendering = 生成页面
step-writing = 写入 { $folder }
step-reading-complaints = 读取投诉
step-reading = 读取 { $file }
month-range = { $first } 至 { $last }
unused-scale = 题目 `{ $item }`：在 { $count } 个月（{ $months }）的 { $answers } 个答案中，没有一个用到 { $values }（所声明量表 { $scale } 的最高三分之一）；请检查量表，或量表是否变过（问卷中该题的 `scale_from:`）
## 命令行自身的输出

built = 已生成 { $pages } 个页面（{ $months } 个月），写入 { $folder }，用时 { $seconds } 秒{ $notes }
checked = 检查通过：将生成 { $pages } 个页面（{ $months } 个月）{ $notes }
created = 已创建 { $folder }；下一步：csbook build --root { $folder }
not-a-period = `{ $value }` 不是期间；应为 YYYY-MM 或 YYYY-Qn
unknown-indicator = 未知指标 `{ $id }`{ $suggestion }；不带此参数运行 `csbook indicators` 可列出所有行
no-rows = 提示：没有匹配的行；此指标可能需要本项目没有的数据
note-rejected = ；跳过了 { $count } 个无效行（见数据质量页）
note-blanked = ；{ $count } 个无效字段留空，其所在行保留
note-suppressed = ；{ $count } 个小单元格已隐藏
warning = 警告：{ $problem }
## 项目文件

no-project-file = 这里没有项目文件；运行 `csbook new DIR` 开始一个项目，或使用 --root 指定项目文件夹
bad-date-format = date_format `{ $format }` 读不出完整的日期；应为含年、月、日的 strftime 格式，如 "%m/%d/%Y"、"%d.%m.%Y %H:%M" 或 "%Y年%m月%d日"；Excel 序列号请写 `excel`
bad-header-rows = header_rows 为 { $value }；应为 1 到 20（列名所在的一行，加上其下不是数据的各行）
unknown-encoding = 未知编码 `{ $name }`；应为 utf-8、gbk、gb18030、utf-16le、utf-16be、big5、shift_jis 或 windows-1252 等名称
unknown-delimiter = csbook 不支持分隔符 `{ $value }`；应为 ","、";"、"\t"（或 tab）或 "|"
unknown-segment = 未知分组 `{ $id }`{ $suggestion }；请在 `segments:` 下声明它
what-instrument = 问卷
what-customers-file = 客户数文件
what-activity-file = 购买记录文件
no-such-file = { $what } `{ $name }` 不存在
links-out = { $what } `{ $name }` 是指向项目外文件的符号链接；csbook 不跟随指向项目文件夹外的链接。请把文件复制进来，或在 csbook.yaml 中写出它的真实路径
bad-survey-period = survey.period `{ $value }` 不是月份；应为 YYYY-MM，即所有答卷所属的月份
bad-sla-hours = complaints.sla_hours.{ $severity } 为 { $value }；应为大于 0、至多 { $max }（十年）的小时数
unknown-time-zone = 未知时区 `{ $name }`；应为 IANA 名称，如 Asia/Shanghai 或 UTC
bad-baseline = spc.baseline `{ $from }` 到 `{ $to }` 不是月份区间（YYYY-MM，起点不晚于终点）
bad-complaint-share = iceberg.complaint_share 为 { $value }；应为 (0, 1] 之间的比例
unknown-target = 目标所指的指标 `{ $id }` 不存在{ $suggestion }
bad-limit = `{ $key }` 为 { $value }；应为 { $lo } 到 { $hi } 之间的整数
window-too-long = drivers.window 为 { $window } 个月，长于一次构建接受的 { $max } 个月数据（`max_months`）
min-cell-zero = `min_cell_size` 至少为 1
cs-index-seven = cs_index 需要 7 个 { $key }（7 级量表每级一个），而不是 { $count } 个
cs-index-rising = cs_index 的 { $key } 必须从最低级到最高级递增
negative-weight = servqual.weights.{ $dimension } 为 { $value }；权重必须不小于 0
weights-all-zero = servqual.weights 全为 0，加权差距将没有值；请至少给一个维度大于 0 的权重，或删除 `servqual.weights` 以使用默认值
window-zero = drivers.window 至少为 1 个月
bad-level = significance.level 为 { $value }；应为概率，如 0.05
## 问卷

fixed-scale = 题目 `{ $id }` 不能更换量表：是非题始终为是/否，NPS 始终为 0-10
scale-from-not-a-date = 题目 `{ $id }` 的 scale_from 中的 `{ $value }` 不是日期；应为 YYYY-MM-DD，即新量表启用的第一天
scale-from-not-a-scale = 题目 `{ $id }` 的 scale_from 中的量表 `{ $value }` 不是“低-高”的形式，如 1-10
short-new-scale = 总体满意度题 `{ $id }` 改用 { $points } 点量表；计算 CSAT 至少需要四点
too-many-slots = 题目 `{ $id }` 的各量表共有 { $slots } 个答案；最多支持 200 个
duplicate-item = 题目编号 `{ $id }` 重复
bad-scale = 量表 `{ $value }` 不是“低-高”的形式（如 1-7 或 0-10），也不是 `binary`
short-overall-scale = 总体满意度题 `{ $id }` 的量表只有 { $points } 点；CSAT（前两档占比）至少需要四点，否则必然为 100 %。是非题请用 `scale: binary` 并写 `positive: [1, yes, 是]`
binary-needs-positive = 是非题 `{ $id }` 需要 `positive:`，即表示“是”的答案（如 [1, yes, 是]）
nps-scale = NPS 题 `{ $id }` 必须使用 0-10 量表，而不是 { $scale }
unknown-dimension = 题目 `{ $id }` 的维度 `{ $dimension }` 不存在{ $suggestion }
negative-item-weight = 题目 `{ $id }` 的权重为 { $value }；权重必须不小于 0
label-outside-scale = 标签 `{ $label }` 代表 { $value }，超出了题目 `{ $id }` 的量表 { $scale }，也不是不适用代码
paired-scale-change = 题目 `{ $id }` 属于一对题目（期望、适当或理想服务题与其感知题），不能更换量表：差距需要两个答案在同一量表上
unknown-pair = 题目 `{ $id }` 所配对的题目 `{ $pair }` 不存在
role-twice = 有不止一个题目的角色是 { $role }；请只保留一个
## 数据整体

weight-of-unknown-dimension = servqual.weights 中的 `{ $dimension }` 不是问卷的维度{ $suggestion }
span-too-long = 数据从 { $first }（{ $first_at }）到 { $last }（{ $last_at }），共 { $span } 个月，超过一次构建接受的 { $max } 个月；请更正日期，或在 csbook.yaml 中调高 `max_months`
baseline-outside-data = spc.baseline { $from } 到 { $to } 不在数据的范围内（{ $first } 到 { $last }）；请选择有数据的月份，或删除它以使用全部月份
what-survey-data = 问卷
what-complaint-data = 投诉
too-many-values = 分组 `{ $id }`（列 `{ $column }`）在{ $source }数据中有超过 { $max } 个不同的值；每个值都会在每个页面上成为一组，所以它很可能是编号或自由文本。请把它归并为较少的组，或调高 `max_segment_values`
undecodable-utf8 = 此处有不是有效 { $encoding } 的字节；请把文件保存为 UTF-8（数据源也可设置 `encoding:`）
undecodable-text = 此处有不是有效 { $encoding } 的字节；请把文件保存为 UTF-8
no-rows-in-file = 文件只有表头，没有数据行；请重新导出含数据的文件，或把它从 csbook.yaml 中删除
folder-not-empty = 文件夹不是空的；请换一个新文件夹
## 评论中的数字

unknown-indicator-figure = 未知指标 `{ $id }`{ $suggestion }
figure-without-data = 本手册中没有 `{ $id }` 的数字：它所需的数据（问卷答卷、投诉、客户数或购买记录）没有在 csbook.yaml 中配置，或没有数据行
no-months = 无
unknown-period = 未知期间 `{ $period }`；数据覆盖 { $range }
unknown-segment-figure = 未知分组 `{ $segment }`{ $suggestion }
segment-needs-of = 分组 `{ $segment }` 需要 `of=` 指明它的一个值
unknown-segment-value = `{ $value }` 不是数据中分组 `{ $segment }` 的值
unknown-figure-key = 未知的键 `{ $key }`{ $suggestion }
unknown-figure-coordinate = 未知的 { $what } `{ $name }`{ $suggestion }
figure-needs-key = `{ $id }` 需要 `key=`、`item=` 或 `dimension=` 指明它的一个细分值（如某个类别、`median`、题目编号或维度编号）
unknown-figure-field = 未知字段 `{ $field }`{ $suggestion }；应为 value、n、share、cum_share、ci_low 或 ci_high
## 评论

unsafe-link = 已去掉指向 `{ $scheme }:` 网址的链接（保留其文字）；允许的有 { $allowed }、相对链接和 `#` 链接
fishbone-no-effect = 结果（effect）为空；请在 `effect:` 后写出出了什么问题
fishbone-no-causes = 没有原因；请至少添加 people、method、machine、material、environment、measurement 中的一项
content-links-out = 指向项目外文件的符号链接；csbook 不跟随它。请把文件复制到 content/ 中
second-commentary = { $period } 的第二篇评论；{ $other } 已经是这个月的评论
same-slug = 两个章节都会发布为 `{ $slug }`；请重命名其中一个文件
no-front-matter = 缺少 front matter；文件必须以 `---`、一行 `title:` 和 `---` 开头
bad-commentary-period = 期间 `{ $value }` 不是月份；应为 YYYY-MM，如 2025-03

## 写出网站

not-a-site-folder = 拒绝替换此文件夹：它不是空的，也不是由 csbook 写出的（没有 .csbook-site 文件）
fishbone-bad-cause = 应为一个原因（一段文字，或带 `causes:` 的 `cause:`）
## 模板

value-too-large = 输出了一个 { $size } MiB 的值；一个页面输出的值最多 { $max } MiB
cannot-load-template = 无法加载模板 `{ $name }`：{ $why }
template-path = 模板以它在项目 templates/ 文件夹中的路径命名（不能用绝对路径，也不能用 `..`）
template-links-out = 它是指向 templates/ 文件夹外文件的符号链接
cannot-read-template = 无法读取 templates/{ $name }：{ $error }
page-too-large = { $page } 将有 { $size } MiB；一个页面最多 { $max } MiB
short-trailing-year = `{ $period }` 不足十二个月：数据从 { $first } 开始，滚动十二个月从第十二个月起才发布
incomplete-quarter = 季度 `{ $period }` 在数据中不完整；季度在三个月齐全时发布（最新的季度在进行中也发布）
bad-min-effect = significance.min_effect 为 { $value }；应为 0 到 100 之间、以 0-100 量表计的点数，如 3
## 直接写出结论的图表标题（指标名称作副标题）

headline-trend = { $movement ->
        [up] { $name }升至 { $value }
        [down] { $name }降至 { $value }
        [flat] { $name }持平于 { $value }
       *[none] { $name } { $value }
    }{ $record ->
        [high] ，{ $months } 个月来最高
        [low] ，{ $months } 个月来最低
       *[none] {""}
    }{ $standing ->
        [met] ；达到目标 { $target }
        [missed] ；未达目标 { $target }
       *[none] {""}
    }
headline-segments = { $segment }中最弱：{ $worst } { $value }（n = { $n }）{ $mark ->
        [target] ；{ $count } 个中有 { $behind } 个未达目标 { $reference }
        [overall] ；{ $count } 个中有 { $behind } 个不及整体 { $reference }
       *[none] {""}
    }
headline-pareto = 「{ $first }」居首，占投诉的 { $share }；{ $count } 个{ $breakdown }中 { $vital } 个合计占 80%
headline-control = { $latest ->
        [yes] { $month } 出现信号
       *[no] { $month } 无信号
    }（所示 { $months } 个月中有 { $count } 个月出现信号）
u-chart-overdispersed = 千客户投诉率的 u 控制图在多数月份都超出控制限：客户基数很大时，按泊松假设算出的控制限过窄（过度离散）。因此这里改用投诉率的 XmR 控制图。

breakdown-category = 投诉内容
breakdown-defect = 质量缺陷
breakdown-product = 产品
breakdown-region = 区域
breakdown-department = 责任部门
breakdown-channel = 渠道
breakdown-severity = 严重程度
pareto-title = { $month } 投诉排列图（按{ $breakdown }）
heatmap-title = 投诉内容 × 月份热力图

## 关注事项（带数字的句子）

attention-target = { $name } { $value }，{ $above ->
    [yes] 高于
   *[no] 低于
}目标 { $target }（n = { $n }）
attention-target-basis = 本月全公司的数值，对照 csbook.yaml 中的目标
attention-signal = { $chart }：{ $meaning }（本月 { $value }，中心线 { $center }）
attention-signal-basis = { $set } 规则 { $rules }：{ $meanings }
attention-surge = 投诉类别「{ $category }」占全部投诉的比例由 { $before } 升至 { $now }（{ $count } 件）
attention-surge-basis = 与上月比较的双比例 z 检验，p { $p }
attention-everyone = 全体
attention-change = { $who }{ $name } { $value }，{ $against ->
    [previous] 上月
   *[last_year] 去年同期
} { $base }（n = { $n }）
attention-change-basis = { $test }，经 Benjamini-Hochberg 校正后 p { $p }
rule-nelson-1 = 1 点超出 3σ 控制限
rule-nelson-2 = 连续 9 点在中心线同一侧
rule-nelson-3 = 连续 6 点持续上升或下降
rule-nelson-4 = 连续 14 点交替上下
rule-nelson-5 = 3 点中有 2 点在同侧 2σ 之外
rule-nelson-6 = 5 点中有 4 点在同侧 1σ 之外
rule-nelson-7 = 连续 15 点在 1σ 之内
rule-nelson-8 = 连续 8 点在 1σ 之外
rule-we-4 = 连续 8 点在中心线同一侧
## 各指标的定义（下载页）

def-responses = 有效受访者（行）数
def-overall-mean = 总体满意度题有效答案的均值
def-csat = 总体满意度题有效答案中落在量表最高两档的比例（是非题为“是”的比例）
def-dissatisfied = 总体满意度题有效答案中低于量表中点的比例
def-nps = 0-10 推荐意愿题中推荐者（9-10）比例减去贬损者（0-6）比例，附 95% 置信区间
def-ces = 客户费力度题的均值
def-cs-index = 7 级感知题等级分值的重要性加权均值
def-cs-level = 满意度指数所落入的满意等级（1-7）
def-item-mean = 某题有效答案的均值（反向计分题先换算）
def-item-index = 某题均值换算到 0-100：(均值 − 最低分) / (最高分 − 最低分) · 100
def-answer-share = 某题有效答案中选择各答案值的比例
def-item-missing = 某题的空白单元格数
def-item-not-applicable = 某题的“不适用”答案数
def-expectation-mean = 同时回答感知与期望的受访者的期望（E）均值
def-perception-mean = 同时回答感知与期望的受访者的感知（P）均值
def-servqual-gap = 感知减期望（P − E）的均值，按题目和维度
def-servqual-weighted = 按重要性加权的各维度 SERVQUAL 差距
def-zot-adequate = 某维度适当服务水平（A）的均值
def-zot-desired = 某维度理想服务水平（D）的均值
def-zot-msa = 服务适当度：P − A 的均值（为负即低于容忍区）
def-zot-mss = 服务优越度：P − D 的均值（为正即高于容忍区）
def-zot-inconsistent = 适当水平高于理想水平的题目比例（数据质量标记）
def-cronbach-alpha = 某维度各题的 Cronbach α 系数（信度；低于 0.7 会标出）
def-driver-r2 = 驱动分析窗口内各维度对总体满意度方差的解释比例
def-driver-beta = 某维度对总体满意度的标准化回归系数
def-driver-weight = 某维度的相对权重（Johnson），即其在解释方差中所占的份额
def-ipa-performance = 某维度感知均值换算到 0-100，用于重要性-表现分析
def-ipa-quadrant = 某维度在重要性-表现图中的象限
def-loyalty-quadrant = 忠诚者、唯利者、人质、背叛者各占受访者的比例（满意度对照推荐意愿）
def-retention-rate = 上月活跃客户中本月再次活跃的比例
def-churn-rate = 100 减去留存率
def-repurchase-rate = 十二个月内有购买的客户中购买两次及以上的比例
def-complaints = 受理的投诉数
def-complaints-by-category = 各类别的投诉数，附占比与累计占比（帕累托）
def-complaints-by-defect = 各缺陷的投诉数，附占比与累计占比（帕累托）
def-complaints-by-product = 各产品的投诉数，附占比与累计占比（帕累托）
def-complaints-by-region = 各区域的投诉数，附占比与累计占比（帕累托）
def-complaints-by-department = 各部门的投诉数，附占比与累计占比（帕累托）
def-complaints-by-channel = 各渠道的投诉数，附占比与累计占比（帕累托）
def-complaints-by-severity = 各严重程度的投诉数，附占比与累计占比（帕累托）
def-complaint-rate = 每千名客户的投诉数
def-first-response-hours = 从受理到首次响应的小时数：中位数与第 90 百分位数
def-resolution-hours = 从受理到解决的小时数：中位数与第 90 百分位数
def-sla-met = 已判定的投诉中在其严重程度允许的时限内解决的比例
def-reopen-rate = 已解决投诉中被重开的比例
def-fcr-rate = 首次联系即解决的投诉比例
def-timely-rate = 按企业自身标记及时答复的投诉比例
def-backlog = 期末仍未解决的投诉数
def-iceberg-silent-dissatisfied = 估计的未投诉的不满客户数（按冰山假设）
def-wom-reach = 估计听到不满的人数（按冰山假设）
def-spc-value = 控制图本月所画的点
def-spc-center = 控制图的中心线
def-spc-ucl = 控制图的控制上限
def-spc-lcl = 控制图的控制下限
def-spc-signal = 控制图本月的点所违反的判异规则（规则编号）
## 本月一句话（首页）

summary = { $targets }{ $moved }{ $base }
summary-targets = { $count ->
    [0] 核心指标均未设目标。
   *[other] 设有目标的 { $count } 项核心指标中，{ $met } 项达标。
}
summary-move = 与去年同月相比变化最大的是{ $name }，{ $change }{ $significant ->
    [yes] （统计显著）。
   *[no] 。
}
summary-small-base = 本月仅有 { $n } 份答卷，问卷数字请谨慎解读。
## 图表

chart-mean = 均值
chart-interval = 95% 置信区间
chart-item = 题目
chart-n = 样本量
chart-item-means-title = { $count } 个评分题按均值排序
chart-item-means-summary = { $count } 个评分题按均值排序，附 95% 置信区间：{ $top }最高（{ $top_mean }），{ $bottom }最低（{ $bottom_mean }）。
iceberg = 估算（非实测）：本月 { $complaints } 件投诉背后，约有 { $silent } 位不满意但没有投诉的顾客，负面口碑可能触达约 { $reach } 人。假设：只有 { $share }% 的不满意顾客会投诉，每位不满意顾客平均告诉 { $tells } 人。
unknown-label-field = `{ $field }` 的标签{ $suggestion }：它既不是分组，也不是投诉细分；应为以下之一：{ $fields }
chart-other = 其他（{ $count } 类）
pareto-no-vital-few = 按{ $breakdown }看投诉：{ $count ->
    [one] 只有一个值
   *[other] { $count } 个值都需要计入才能达到八成
}，故不作图（{ $list }）。

## 主题界面文字（模板的 `t.key`：`ui-` 加上把 _ 换成 - 的键名）

ui-home = 首页
ui-handbook = 手册
ui-reports = 月度报告
ui-report-title = {"{"}month{"}"} 月度报告
ui-pareto-title = {"{"}month{"}"} 投诉排列图
ui-archive = 报告归档
ui-analysis-title = {"{"}month{"}"} 服务质量分析
ui-analysis = 服务质量分析
ui-open-analysis = 打开服务质量分析
ui-key-figures = 关键指标
ui-significance = 变化检验
ui-significance-all = 全体受访者
ui-significance-anova = 细分之间的差异
ui-flagged = 项显著
ui-indicator = 指标
ui-against = 比较对象
ui-base-value = 对比值
ui-difference = 变化
ui-test = 检验方法
ui-statistic = 统计量
ui-df = 自由度
ui-p-value = p 值
ui-p-adjusted = 校正 p 值
ui-result = 结论
ui-segment-value = 取值
ui-segment-name = 细分
ui-low-base = 样本少
ui-reliability = 量表信度（克朗巴哈 α）
ui-reliability-note = α 低于 0.7 的分量表标红：其题项未必在测同一件事，解读该维度的均值与差距时需谨慎。
ui-dimension = 维度
ui-block = 分量表
ui-survey-checks = 问卷检查
ui-alpha-checked = 各月共检查 {"{"}blocks{"}"} 个分量表的信度（克朗巴哈 α），其中 {"{"}flagged{"}"} 个低于 {"{"}reliable{"}"}：
ui-alpha-months = 低于阈值的月份（α）
ui-zone-checked = 容忍区题项中，{"{"}pairs{"}"} 组“适当服务”与“理想服务”答案里有 {"{"}inconsistent{"}"} 组适当高于理想（答案前后矛盾）；这些答案保留在计算中，仅在此提示。
ui-block-perception = 感知 (P)
ui-block-expectation = 期望 (E)
ui-block-gap = 差距 (P−E)
ui-loyalty = 满意与忠诚
ui-loyalty-note = 按总体满意度（前两档为高）与推荐意愿（9-10 分为高）把受访者分为四类。
ui-quadrant = 类型
ui-meaning = 含义
ui-quality = 数据质量
ui-downloads = 数据下载
ui-latest-report = 最新月报
ui-headline = 本月要点
ui-vs-last-month = 较上月
ui-vs-last-year = 较去年同月
ui-attention-basis = 依据
ui-handling = 投诉处理
ui-downloads-intro = 本手册的全部数字，可在表格软件中打开；数值保留全部精度，小单元格已隐藏。
ui-file-contents = 内容
ui-size = 大小
ui-indicators-file = 指标表：每个指标、期间与分组一行
ui-comparisons-file = 比较表：每项经检验的变化与分组差异
ui-indicator-column = 指标编号，见下方的指标列表
ui-indicator-list = 指标列表
ui-name = 名称
ui-definition = 定义
ui-not-in-this-handbook = 本手册的数据中没有
ui-significant-change = 统计显著的变化
ui-target = 目标
ui-on-target = 达标
ui-off-target = 未达标
ui-no-target = 未设目标
ui-month = 月份
ui-quarter = 季度
ui-partial-quarter = （进行中：3 个月中的 {"{"}n{"}"} 个月）
ui-value = 数值
ui-base = 样本量
ui-data-table = 数据表
ui-commentary = 分析点评
ui-no-commentary = 本月暂无点评。
ui-previous = 上一月
ui-next = 下一月
ui-contents = 目录
ui-on-this-page = 本页内容
ui-category = 类别
ui-count = 数量
ui-share = 占比
ui-cum-share = 累计占比
ui-vital-few = 关键少数
ui-yes = 是
ui-file = 文件
ui-read-as = 读取方式
ui-scale-use = 量表使用检查
ui-item = 题目
ui-scale-use-note = 以下月份中，题目量表最高的三分之一没有任何回答：量表可能声明得比实际问卷宽，或中途改变过。
ui-unused-values = 未使用的取值 / 量表
ui-blanked = 置空字段数
ui-blanked-note = 以下字段的值无效，已置为空；所在记录保留在不需要该字段的所有统计中。
ui-without-ids = 无编号列（none）：按行编号，无法检查重复记录
ui-delimited-by = 分隔符
ui-rows = 行数
ui-accepted = 已采用
ui-rejected = 已剔除
ui-reason = 原因
ui-examples = 问题示例
ui-all-rows-accepted = 所有数据行均通过校验。
ui-suppressed-note = 个分组因样本量低于最小单元格而未显示。
ui-min-cell = 最小单元格
ui-segment = 细分维度
ui-overall = 整体
ui-download-csv = 下载 CSV
ui-download-json = 下载 JSON
ui-columns = 字段说明
ui-generated = 由 csbook 生成
ui-skip-to-content = 跳到正文
ui-no-data = 无数据
ui-ci = 95% 置信区间
ui-better-up = 越高越好
ui-better-down = 越低越好
ui-breadcrumbs = 当前位置
ui-pager = 前后翻页
ui-previous-page = 上一篇
ui-next-page = 下一篇
ui-theme-toggle = 深色模式
ui-menu = 菜单
ui-search = 搜索
ui-search-placeholder = 搜索手册与月报…
ui-search-results = 搜索结果
ui-no-results = 没有找到匹配的内容。
ui-search-loading = 正在加载索引…
ui-search-unavailable = 搜索索引无法加载。
ui-results-count = 条结果
ui-copy-link = 复制本节链接
ui-link-copied = 链接已复制
ui-charts = 图表
ui-complaints-title = {"{"}month{"}"} 投诉分析
ui-complaints-page = 投诉分析
ui-open-complaints = 打开本月投诉分析
ui-trends = 趋势
ui-by-segment = 细分对比
ui-stability = 过程稳定性（控制图）
ui-complaints-glance = 投诉概况
ui-complaint-breakdowns = 投诉构成
ui-handling-times = 处理时长
ui-more-items = 其余事项
ui-attention = 需要关注
ui-attention-none = 本月没有需要特别关注的信号。
ui-attention-intro = 最新月份中需要管理者关注的事项，按严重程度排序。每一项都链接到显示它的图表。
ui-iceberg = 冰山估算
ui-verbatims = 投诉原文摘录（已脱敏）
ui-trend = 趋势
ui-change = 变化
ui-change-vs-previous = 较上期变化
ui-archive-note = 每个数值下方为较上一期的变化：▲ 上升，▼ 下降；绿色表示改善，红色表示变差。
ui-jump-to-month = 跳转到月份
ui-go = 前往
ui-compare = 对比两个月
ui-compare-hint = 选择两个月份，查看各项指标的变化。
ui-compare-from = 基准月
ui-compare-to = 对比月
ui-percentage-points = 个百分点
ui-improved = 改善
ui-worsened = 变差
ui-unchanged = 持平
ui-policy = 无效数据处理
ui-policy-fail = 中止构建
ui-policy-skip = 剔除并计数
ui-n-label = 样本
ui-sparkline-note = 近 13 个月走势

## 数据行被剔除的原因（数据质量页）

reason-duplicate-complaint-id = 投诉编号重复
reason-duplicate-respondent-id = 受访者编号重复
reason-duplicate-month = 月份重复
reason-empty-complaint-id = 投诉编号为空
reason-empty-respondent-id = 受访者编号为空
reason-event-before-receipt = 处理时间早于受理时间
reason-invalid-row = 无效行
reason-malformed-csv = CSV 格式错误
reason-missing-customer-id = 缺少客户编号
reason-not-a-count = 不是计数
reason-not-a-duration = 不是时长
reason-not-a-number = 不是数字
reason-not-a-yes-no-flag = 不是是/否标记
reason-not-valid-text-in-the-file-s-encoding = 不符合文件编码的字节
reason-stray-byte = 异常字节
reason-unparseable-date = 无法识别的日期
reason-unparseable-month = 无法识别的月份
reason-value-outside-its-scale = 超出量表范围
reason-value-too-long = 值过长
reason-wrong-number-of-fields = 字段数不对

## 指标名称（`ind-` 加上把 _ 换成 - 的指标编号）

ind-responses = 有效问卷数
ind-overall-mean = 总体满意度均值
ind-csat = 满意率 (CSAT)
ind-dissatisfied = 不满意率
ind-nps = 净推荐值 (NPS)
ind-ces = 客户费力度 (CES)
ind-cs-index = 满意度指数
ind-cs-level = 满意度等级
ind-item-mean = 题项均值
ind-item-index = 题项得分 (0-100)
ind-answer-share = 答案分布
ind-item-missing = 未作答数
ind-item-not-applicable = 不适用数
ind-expectation-mean = 期望均值 (E)
ind-perception-mean = 感知均值 (P)
ind-servqual-gap = 服务质量差距 (P−E)
ind-servqual-weighted = 加权服务质量差距
ind-zot-adequate = 适当服务水平 (A)
ind-zot-desired = 理想服务水平 (D)
ind-zot-msa = 服务充分度 (P−A)
ind-zot-mss = 服务优越度 (P−D)
ind-zot-inconsistent = 适当高于理想的答案
ind-cronbach-alpha = 克朗巴哈 α
ind-driver-r2 = 驱动模型 R²
ind-driver-beta = 标准化回归系数 β
ind-driver-weight = 相对权重
ind-ipa-performance = 绩效得分 (0-100)
ind-ipa-quadrant = 重要性-绩效象限
ind-loyalty-quadrant = 满意-忠诚象限
ind-retention-rate = 客户保留率
ind-churn-rate = 客户流失率
ind-repurchase-rate = 重复购买率
ind-complaints = 投诉量
ind-complaints-by-category = 投诉量（按内容）
ind-complaints-by-defect = 投诉量（按质量缺陷）
ind-complaints-by-product = 投诉量（按产品）
ind-complaints-by-region = 投诉量（按区域）
ind-complaints-by-department = 投诉量（按责任部门）
ind-complaints-by-channel = 投诉量（按渠道）
ind-complaints-by-severity = 投诉量（按严重程度）
ind-complaint-rate = 千客户投诉率
ind-first-response-hours = 首次响应时长（小时）
ind-resolution-hours = 解决时长（小时）
ind-sla-met = 时限达标率
ind-reopen-rate = 重开率
ind-fcr-rate = 首次接触解决率
ind-timely-rate = 及时响应率
ind-backlog = 期末未结投诉
ind-iceberg-silent-dissatisfied = 沉默的不满顾客（估计）
ind-wom-reach = 负面口碑触达人数（估计）
ind-spc-value = 控制图数值
ind-spc-center = 控制图中心线
ind-spc-ucl = 控制上限
ind-spc-lcl = 控制下限
ind-spc-signal = 控制图信号（规则号）

## 手册显示的数据取值

missing-label = （缺失）

## 服务质量分析图（差距、容忍区、IPA、驱动因素）

sq-expectation-e = 期望 (E)
sq-perception-p = 感知 (P)
sq-expectation-and-perception-by-dimension = 期望与感知（按维度）
sq-dimension = 维度
sq-gap-p-e = 差距 P−E
sq-base-n = 样本量
sq-item-gaps-p-e-widest-first = 题项差距（P−E，由大到小）
sq-item = 题项
sq-question = 题目
sq-gap = 差距
sq-below-the-zone = 低于容忍区
sq-above-the-zone = 高于容忍区
sq-within-the-zone = 在容忍区内
sq-zone-of-tolerance-a-to-d = 容忍区（A 至 D）
sq-zone-of-tolerance-by-dimension = 容忍区（按维度）
sq-adequate-a = 适当服务 A
sq-desired-d = 理想服务 D
sq-position = 位置
sq-answer-distributions-1-7 = 答案分布（1-7 分）
sq-concentrate-here = 重点改进
sq-keep-up-the-good-work = 继续保持
sq-low-priority = 次要改进
sq-possible-overkill = 可能过度
sq-importance-relative-weight-of-r = 重要性（相对权重占 R²）
sq-standardised = 标准化 β
sq-performance-0-100 = 绩效 (0-100)
sq-ipa-quadrant = IPA 象限
sq-importance-of-r = 重要性（占 R² %）
sq-mean-importance = 重要性均值
sq-mean-performance = 绩效均值
sq-importance-performance-analysis = 重要性-绩效分析 (IPA)
sq-relative-weight-of-r = 相对权重（占 R²）
sq-key-drivers-relative-weights = 关键驱动因素（相对权重）
sq-ep-summary = 各维度感知均低于期望时差距为负；差距最大的是{ $dimension }（P−E = { $gap }）。
sq-gaps-summary = { $count } 个题项按差距排序；差距最大的是 { $item }（{ $gap }）。
sq-zot-summary-none = 各维度的感知均落在容忍区（适当服务至理想服务）之内或之上。
sq-zot-summary-below = 感知低于适当服务水平的维度：{ $dimensions }。
sq-dist-summary = { $count } 个题项的答案分布（左为 1-3 分，右为 5-7 分）；前两档占比最高的是 { $best }（{ $best_share }%），最低的是 { $worst }（{ $worst_share }%）。
sq-ipa-summary-none = 没有维度落在“重点改进”象限（重要性高、绩效低）。
sq-ipa-summary-focus = “重点改进”象限（重要性高、绩效低）：{ $dimensions }。
sq-drivers-summary = 近三个月的驱动因素分析：模型解释总体满意度方差的 { $r2 }%，其中{ $dimension }贡献最大（{ $importance }%）。

## 几处共用的文字

list-separator = 、

## 问卷分析部分（变化检验、满意与忠诚）

sv-last-three-months = 近三个月
sv-very-dissatisfied = 很不满意
sv-dissatisfied = 不满意
sv-not-very-satisfied = 不太满意
sv-neutral = 一般
sv-fairly-satisfied = 较满意
sv-satisfied = 满意
sv-very-satisfied = 很满意
sv-welch-t-test = Welch t 检验
sv-two-proportion-z-test = 双比例 z 检验
sv-nps-difference-z-test = NPS 差值 z 检验
sv-one-way-anova = 单因素方差分析
sv-previous-month = 上月
sv-same-month-last-year = 去年同月
sv-across-values = 各取值之间
sv-significantly-up = 显著上升
sv-significantly-down = 显著下降
sv-significant-difference = 差异显著
sv-low-base-not-tested-for-a = 样本少，不判定
sv-loyalists = 忠诚者
sv-satisfied-and-would-recommend = 满意且愿意推荐
sv-mercenaries = 唯利是图者
sv-satisfied-would-not-recommend = 满意但不推荐
sv-hostages = 人质
sv-not-satisfied-would-still-recommend = 不满意但仍推荐
sv-defectors = 叛逃者
sv-neither-satisfied-nor-recommending = 既不满意也不推荐
sv-method = 本页共 { $tested } 项检验，其中 { $flagged } 项显著。均值用 Welch t 检验，满意率用双比例 z 检验，NPS 用差值的标准误作 z 检验，各细分取值之间用单因素方差分析；p 值按 Benjamini-Hochberg 方法在本页全部检验中校正，校正后 p < { $level } 且两期样本均不少于 { $low } 才标为显著。样本少于 { $low } 的格子照常列出并注明，不作判定。
sv-summary = 本月共有 { $flagged } 项经检验显著的变化；服务质量差距、容忍区、关键驱动因素与全部检验结果见分析页。

## 鱼骨图

fishbone-people = 人员
fishbone-method = 方法
fishbone-machine = 机器
fishbone-material = 材料
fishbone-environment = 环境
fishbone-measurement = 测量

## 投诉图表（控制图、处理时长、热力图）

cc-value = 数值
cc-centre = 中心线
cc-ucl = 控制上限
cc-lcl = 控制下限
cc-signal = 信号
cc-month = 月份
cc-median = 中位数
cc-p90 = 第 90 百分位
cc-base-n = 样本量
cc-category = 类别
cc-control-summary-none = { $title }：所有点都在控制限内，没有规则报警。
cc-control-summary-signals = { $title }：报警的月份（规则号）为 { $signals }。
cc-bands-summary = { $title }：{ $month } 的中位数为 { $median } 小时，第 90 百分位为 { $p90 } 小时。
cc-heatmap-summary = { $title }：最集中的是 { $month } 的「{ $category }」，{ $count } 件。

## 图表摘要

chart-trend-summary = { $name }从 { $from_month } 的 { $from } 变为 { $to_month } 的 { $to }{ $target }。
chart-pareto-summary = { $title }：{ $count } 个类别合计约占八成（{ $list }）。
chart-segment-summary = 按{ $segment }看{ $name }：最高为{ $highest }（{ $highest_value }），最低为{ $lowest }（{ $lowest_value }）。

## 点评中的数字（显示用）

figure-suppressed = （样本不足，不予显示）

## 数字格式

unit-pp = {" "}个百分点

## 控制图标题

spc-title-p-dissatisfied = 不满意率 p 控制图（比例）
spc-title-u-complaint-rate = 千客户投诉率 u 控制图
spc-title-xmr-complaints = 投诉量单值-移动极差（XmR）控制图
spc-title-xmr-resolution = 解决时长中位数 XmR 控制图（小时）
spc-title-xmr-complaint-rate = 千客户投诉率 XmR 控制图

## 新项目（csbook new）

scaffold-title = 客户满意度手册
scaffold-region = 区域
scaffold-channel = 渠道

## 不致误读的图表

chart-segment-low-base = { $segment }（n = { $n }）
