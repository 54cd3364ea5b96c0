//! The user-interface strings of the built-in theme, in Chinese and English.
//! Templates read them as `t.key`.

use std::collections::BTreeMap;

use crate::project::Language;

/// (key, zh-CN, en)
const STRINGS: &[(&str, &str, &str)] = &[
    ("home", "首页", "Home"),
    ("handbook", "手册", "Handbook"),
    ("reports", "月度报告", "Monthly reports"),
    // `{month}` stands for the month (YYYY-MM).
    ("report_title", "{month} 月度报告", "Report for {month}"),
    (
        "pareto_title",
        "{month} 投诉排列图",
        "Complaints Pareto, {month}",
    ),
    ("archive", "报告归档", "Archive"),
    (
        "analysis_title",
        "{month} 服务质量分析",
        "Service-quality analysis, {month}",
    ),
    ("analysis", "服务质量分析", "Service-quality analysis"),
    (
        "open_analysis",
        "打开服务质量分析",
        "Open the service-quality analysis",
    ),
    ("key_figures", "关键指标", "Key figures"),
    ("significance", "变化检验", "Tested changes"),
    ("significance_all", "全体受访者", "All respondents"),
    (
        "significance_anova",
        "细分之间的差异",
        "Differences between segment values",
    ),
    ("flagged", "项显著", "significant"),
    ("indicator", "指标", "Indicator"),
    ("against", "比较对象", "Compared with"),
    ("base_value", "对比值", "Base value"),
    ("difference", "变化", "Change"),
    ("test", "检验方法", "Test"),
    ("statistic", "统计量", "Statistic"),
    ("df", "自由度", "df"),
    ("p_value", "p 值", "p"),
    ("p_adjusted", "校正 p 值", "Adjusted p"),
    ("result", "结论", "Result"),
    ("segment_value", "取值", "Value"),
    ("segment_name", "细分", "Segment"),
    ("low_base", "样本少", "low base"),
    (
        "reliability",
        "量表信度（克朗巴哈 α）",
        "Scale reliability (Cronbach's alpha)",
    ),
    (
        "reliability_note",
        "α 低于 0.7 的分量表标红：其题项未必在测同一件事，解读该维度的均值与差距时需谨慎。",
        "Blocks with alpha below 0.7 are marked: their items may not measure one thing, so read that dimension's means and gaps with care.",
    ),
    ("dimension", "维度", "Dimension"),
    ("block", "分量表", "Block"),
    ("survey_checks", "问卷检查", "Survey checks"),
    (
        "alpha_checked",
        "各月共检查 {blocks} 个分量表的信度（克朗巴哈 α），其中 {flagged} 个低于 {reliable}：",
        "Reliability (Cronbach's alpha) was checked for {blocks} monthly dimension blocks; {flagged} fell below {reliable}:",
    ),
    (
        "alpha_months",
        "低于阈值的月份（α）",
        "Months below the threshold (alpha)",
    ),
    (
        "zone_checked",
        "容忍区题项中，{pairs} 组“适当服务”与“理想服务”答案里有 {inconsistent} 组适当高于理想（答案前后矛盾）；这些答案保留在计算中，仅在此提示。",
        "Of {pairs} pairs of adequate and desired answers, {inconsistent} put adequate above desired (an inconsistent answer); they are kept in the figures and only flagged here.",
    ),
    ("block_perception", "感知 (P)", "Perception (P)"),
    ("block_expectation", "期望 (E)", "Expectation (E)"),
    ("block_gap", "差距 (P−E)", "Gap (P − E)"),
    ("loyalty", "满意与忠诚", "Satisfaction and loyalty"),
    (
        "loyalty_note",
        "按总体满意度（前两档为高）与推荐意愿（9-10 分为高）把受访者分为四类。",
        "Respondents by overall satisfaction (top two boxes high) and likelihood to recommend (9-10 high).",
    ),
    ("quadrant", "类型", "Type"),
    ("meaning", "含义", "Meaning"),
    ("quality", "数据质量", "Data quality"),
    ("downloads", "数据下载", "Downloads"),
    ("latest_report", "最新月报", "Latest report"),
    ("headline", "本月要点", "This month at a glance"),
    ("vs_last_month", "较上月", "vs last month"),
    ("vs_last_year", "较去年同月", "vs a year ago"),
    ("attention_basis", "依据", "Basis"),
    ("handling", "投诉处理", "Complaint handling"),
    (
        "downloads_intro",
        "本手册的全部数字，可在表格软件中打开；数值保留全部精度，小单元格已隐藏。",
        "Every figure of this handbook, for a spreadsheet; values keep full precision, small cells are suppressed.",
    ),
    ("file_contents", "内容", "Contents"),
    ("size", "大小", "Size"),
    (
        "indicators_file",
        "指标表：每个指标、期间与分组一行",
        "The indicator table: one row per indicator, period and group",
    ),
    (
        "comparisons_file",
        "比较表：每项经检验的变化与分组差异",
        "The comparisons: every tested change and segment difference",
    ),
    (
        "indicator_column",
        "指标编号，见下方的指标列表",
        "the indicator's id, listed below",
    ),
    ("indicator_list", "指标列表", "Indicators"),
    ("name", "名称", "Name"),
    ("definition", "定义", "Definition"),
    (
        "not_in_this_handbook",
        "本手册的数据中没有",
        "not in this handbook's data",
    ),
    (
        "significant_change",
        "统计显著的变化",
        "a statistically significant change",
    ),
    ("target", "目标", "Target"),
    ("on_target", "达标", "on target"),
    ("off_target", "未达标", "below target"),
    ("no_target", "未设目标", "no target"),
    ("month", "月份", "Month"),
    ("quarter", "季度", "Quarter"),
    (
        "partial_quarter",
        "（进行中：3 个月中的 {n} 个月）",
        "(under way: {n} of 3 months)",
    ),
    ("value", "数值", "Value"),
    ("base", "样本量", "Base (n)"),
    ("data_table", "数据表", "Data table"),
    ("commentary", "分析点评", "Commentary"),
    (
        "no_commentary",
        "本月暂无点评。",
        "No commentary for this month yet.",
    ),
    ("previous", "上一月", "Previous month"),
    ("next", "下一月", "Next month"),
    ("contents", "目录", "Contents"),
    ("on_this_page", "本页内容", "On this page"),
    ("category", "类别", "Category"),
    ("count", "数量", "Count"),
    ("share", "占比", "Share"),
    ("cum_share", "累计占比", "Cumulative share"),
    ("vital_few", "关键少数", "Vital few"),
    ("yes", "是", "yes"),
    ("file", "文件", "File"),
    ("read_as", "读取方式", "Read as"),
    ("scale_use", "量表使用检查", "Use of the scales"),
    ("item", "题目", "Item"),
    (
        "scale_use_note",
        "以下月份中，题目量表最高的三分之一没有任何回答：量表可能声明得比实际问卷宽，或中途改变过。",
        "In these months no answer used the top third of an item's declared scale: the scale may be declared wider than the one asked, or it changed.",
    ),
    (
        "unused_values",
        "未使用的取值 / 量表",
        "Unused values / scale",
    ),
    ("blanked", "置空字段数", "Fields left empty"),
    (
        "blanked_note",
        "以下字段的值无效，已置为空；所在记录保留在不需要该字段的所有统计中。",
        "These fields held invalid values and were left empty; their rows stay in every count that does not need them.",
    ),
    (
        "without_ids",
        "无编号列（none）：按行编号，无法检查重复记录",
        "no id column (`none`): rows are known by their line, and duplicates cannot be found",
    ),
    ("delimited_by", "分隔符", "delimiter"),
    ("rows", "行数", "Rows"),
    ("accepted", "已采用", "Accepted"),
    ("rejected", "已剔除", "Rejected"),
    ("reason", "原因", "Reason"),
    ("examples", "问题示例", "Examples"),
    (
        "all_rows_accepted",
        "所有数据行均通过校验。",
        "Every data row passed validation.",
    ),
    (
        "suppressed_note",
        "个分组因样本量低于最小单元格而未显示。",
        "groups were hidden because their base was below the minimum cell size.",
    ),
    ("min_cell", "最小单元格", "Minimum cell size"),
    ("segment", "细分维度", "Segment"),
    ("overall", "整体", "Overall"),
    ("download_csv", "下载 CSV", "Download CSV"),
    ("download_json", "下载 JSON", "Download JSON"),
    ("columns", "字段说明", "Columns"),
    ("generated", "由 csbook 生成", "Generated by csbook"),
    ("skip_to_content", "跳到正文", "Skip to content"),
    ("no_data", "无数据", "no data"),
    ("ci", "95% 置信区间", "95% interval"),
    ("better_up", "越高越好", "higher is better"),
    ("better_down", "越低越好", "lower is better"),
    ("breadcrumbs", "当前位置", "Breadcrumbs"),
    ("pager", "前后翻页", "Previous and next"),
    ("previous_page", "上一篇", "Previous"),
    ("next_page", "下一篇", "Next"),
    ("theme_toggle", "深色模式", "Dark mode"),
    ("menu", "菜单", "Menu"),
    ("search", "搜索", "Search"),
    (
        "search_placeholder",
        "搜索手册与月报…",
        "Search the handbook…",
    ),
    ("search_results", "搜索结果", "Search results"),
    ("no_results", "没有找到匹配的内容。", "Nothing matched."),
    ("search_loading", "正在加载索引…", "Loading the index…"),
    (
        "search_unavailable",
        "搜索索引无法加载。",
        "The search index could not be loaded.",
    ),
    ("results_count", "条结果", "results"),
    ("copy_link", "复制本节链接", "Copy a link to this section"),
    ("link_copied", "链接已复制", "Link copied"),
    ("charts", "图表", "Charts"),
    (
        "complaints_title",
        "{month} 投诉分析",
        "Complaints, {month}",
    ),
    ("complaints_page", "投诉分析", "Complaints"),
    (
        "open_complaints",
        "打开本月投诉分析",
        "Open the month's complaints page",
    ),
    ("trends", "趋势", "Trends"),
    ("by_segment", "细分对比", "By segment"),
    (
        "stability",
        "过程稳定性（控制图）",
        "Stability (control charts)",
    ),
    ("complaints_glance", "投诉概况", "Complaints at a glance"),
    (
        "complaint_breakdowns",
        "投诉构成",
        "What complaints are about",
    ),
    ("handling_times", "处理时长", "Handling times"),
    ("more_items", "其余事项", "More items"),
    ("attention", "需要关注", "Needs attention"),
    (
        "attention_none",
        "本月没有需要特别关注的信号。",
        "Nothing this month needs special attention.",
    ),
    (
        "attention_intro",
        "最新月份中需要管理者关注的事项，按严重程度排序。每一项都链接到显示它的图表。",
        "What needs a manager's attention in the latest month, most severe first. Each item links to the chart that shows it.",
    ),
    ("iceberg", "冰山估算", "Iceberg estimate"),
    (
        "verbatims",
        "投诉原文摘录（已脱敏）",
        "Complaint descriptions (masked)",
    ),
    ("trend", "趋势", "trend"),
    ("change", "变化", "Change"),
    (
        "change_vs_previous",
        "较上期变化",
        "change on the previous period",
    ),
    (
        "archive_note",
        "每个数值下方为较上一期的变化：▲ 上升，▼ 下降；绿色表示改善，红色表示变差。",
        "Under each figure, its change on the period before: ▲ up, ▼ down; green is better, red is worse.",
    ),
    ("jump_to_month", "跳转到月份", "Jump to a month"),
    ("go", "前往", "Go"),
    ("compare", "对比两个月", "Compare two months"),
    (
        "compare_hint",
        "选择两个月份，查看各项指标的变化。",
        "Pick two months to see how each indicator moved.",
    ),
    ("compare_from", "基准月", "From"),
    ("compare_to", "对比月", "To"),
    ("percentage_points", "个百分点", "pp"),
    ("improved", "改善", "better"),
    ("worsened", "变差", "worse"),
    ("unchanged", "持平", "unchanged"),
    ("policy", "无效数据处理", "Invalid rows"),
    ("policy_fail", "中止构建", "stop the build"),
    ("policy_skip", "剔除并计数", "leave out and count"),
    ("n_label", "样本", "n"),
    ("sparkline_note", "近 13 个月走势", "last 13 months"),
];

/// The strings of `lang`, by key.
/// Why rows were rejected, as the readers name it (English), and in Chinese:
/// the data-quality page shows the reasons in the handbook's language.
const REASONS: &[(&str, &str)] = &[
    ("duplicate complaint id", "投诉编号重复"),
    ("duplicate respondent id", "受访者编号重复"),
    ("duplicate month", "月份重复"),
    ("empty complaint id", "投诉编号为空"),
    ("empty respondent id", "受访者编号为空"),
    ("event before receipt", "处理时间早于受理时间"),
    ("invalid row", "无效行"),
    ("malformed CSV", "CSV 格式错误"),
    ("missing customer id", "缺少客户编号"),
    ("not a count", "不是计数"),
    ("not a duration", "不是时长"),
    ("not a number", "不是数字"),
    ("not a yes/no flag", "不是是/否标记"),
    (
        "not valid text in the file's encoding",
        "不符合文件编码的字节",
    ),
    ("stray byte", "异常字节"),
    ("unparseable date", "无法识别的日期"),
    ("unparseable month", "无法识别的月份"),
    ("value outside its scale", "超出量表范围"),
    ("value too long", "值过长"),
    ("wrong number of fields", "字段数不对"),
];

/// A rejection reason in the handbook's language (as written when unknown).
pub fn reason(lang: Language, reason: &str) -> String {
    match lang {
        Language::En => reason.to_string(),
        Language::ZhCn => REASONS
            .iter()
            .find(|(en, _)| *en == reason)
            .map_or(reason, |(_, zh)| zh)
            .to_string(),
    }
}

pub fn strings(lang: Language) -> BTreeMap<&'static str, &'static str> {
    STRINGS
        .iter()
        .map(|&(k, zh, en)| (k, if lang == Language::En { en } else { zh }))
        .collect()
}

#[cfg(test)]
mod tests {
    /// A key listed twice would silently show the first of its texts.
    #[test]
    fn every_key_once() {
        let mut keys: Vec<&str> = super::STRINGS.iter().map(|s| s.0).collect();
        keys.sort_unstable();
        let twice: Vec<_> = keys
            .windows(2)
            .filter(|w| w[0] == w[1])
            .map(|w| w[0])
            .collect();
        assert!(twice.is_empty(), "{twice:?}");
    }
}
