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
