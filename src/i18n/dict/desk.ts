/**
 * The report desk's data side (issue 23, src/desk): what each rule of the workbook import and of the data
 * checks says to a person fixing a workbook. `desk.rule.<rule>` (a variant after a dot where the values
 * choose one); a text without placeholders is the rule's general sense, for checks whose English message
 * carries the particulars. Merged in ../messages.ts.
 */
export const zh = {
  'desk.rule.other': '{detail}',
  'desk.more': '……同类错误（{rule}）还有 {more} 处。',
  'desk.also': '请修改：工作表 {sheet} 第 {row} 行 {column} 列（{letter}）。',
  'desk.ignored': '工作簿中的工作表 {names} 不属于地图数据，未读取。',
  'desk.text.missing': '来源 {id} 没有文本：在 texts 表中加一行，或把它的 .txt 文件（{file}）一起选择。',
  'desk.section.title': '标题',

  'desk.rule.file-empty': '{file} 是空文件。',
  'desk.rule.file-too-large': '{file} 有 {size}，工作簿最多 {limit}。',
  'desk.rule.file-not-workbook': '{file} 不是 .xlsx 工作簿：请在表格软件中另存为 .xlsx。',
  'desk.rule.file-no-workbook': '{file} 是压缩文件，但不是工作簿：请在表格软件中另存为 .xlsx。',
  'desk.rule.file-unreadable': '{file} 无法作为工作簿读取：请在表格软件中重新保存为 .xlsx。',
  'desk.rule.file-bomb': '{file} 中的 {member} 解压后超过 {limit}，已停止读取：本地图的工作簿远小于此。',
  'desk.rule.file-foreign':
    '这个工作簿没有地图数据的任何工作表（{sheets}）：请从地图“下载工作簿”得到的工作簿开始填写。',
  'desk.rule.sheet-missing': '工作簿缺少工作表 {sheet}。',
  'desk.rule.sheet-header.unknown': '“{column}”不是这个工作表的列：请删除这一列或改回原来的列名。',
  'desk.rule.sheet-header.twice': '这一列出现了两次（{a} 列和 {b} 列）：请删除一列。',
  'desk.rule.sheet-header.missing': '缺少列“{column}”。',
  'desk.rule.sheet-number': '“{value}”不是数字。',
  'desk.rule.sheet-number.empty': '空单元格：这里需要一个数字。',
  'desk.rule.sheet-boolean': '“{value}”不是 TRUE 或 FALSE。',
  'desk.rule.sheet-choice': '“{value}”不在列表“{list}”中，可选：{choices}。',
  'desk.rule.sheet-choice.empty': '空单元格：请从列表“{list}”中选择：{choices}。',
  'desk.rule.sheet-choice.item': '“{value}”不是以下之一：{choices}。',
  'desk.rule.sheet-township': '“{value}”不是列表“township”中的乡镇名称。',
  'desk.rule.sheet-owner': '没有 id 为“{id}”的记录：第一列须写它所属记录的 id。',
  'desk.rule.sheet-date': '表格软件把这个单元格存成了日期（{date}）：请把单元格设为“文本”格式，再重新输入。',
  'desk.rule.sheet-formula': '数据单元格里有公式（{formula}），不采用它的缓存值 {result}：请直接输入数值。',
  'desk.rule.sheet-merged': '单元格 {range} 被合并了：请取消合并，让每个单元格有自己的值。',
  'desk.rule.texts-unknown-source': '“{id}”不是 sources 表中任何来源的 id。',
  'desk.rule.text-file-unknown':
    '没有哪个来源的 text.file 是 {file}：请在 sources 表中写明，或不要选择这个文件。',
  'desk.rule.text-twice': 'texts 表和 {file} 给出了 {id} 的两份不同文本：只保留一份。',
  'desk.rule.text-differs':
    '{id} 的文本与它的文件不同，而导入不会改写那个文件（按抓取原样保存，或在数据文件夹之外）：不能在工作簿中修改它。',
  'desk.rule.unknown-unit':
    '单位“{unit}”不在单位列表中（{choices}）；如需新单位，请在 units 表中加一行，写明它的中文和英文名称。',
  'desk.rule.unit-builtin': '“{unit}”是内置单位：请删除这一行。',
  'desk.rule.county-figure-on-township':
    '引文没有提到{place}（可用的名称：{names}）：全县的数字必须留在县级；如果报道用别的名称称呼这个地方，请把该名称加到它的 names_in_report。',
  'desk.rule.text-too-long': '这段文字有 {n} 个字符，这一列最多 {limit} 个。',
  'desk.rule.text-control-character': '文字中第 {at} 个字符是不可见的控制字符（{char}）：请删除它。',
  'desk.rule.json': '数据文件无法读取。',
  'desk.rule.schema': '这个值不符合格式要求（{detail}）。',
  'desk.rule.duplicate-id': '这个 id 已经用过了：每条记录需要自己的 id。',
  'desk.rule.unknown-ref': '这里提到的 id 在工作簿中找不到：请检查拼写，或先在对应的工作表中加上这条记录。',
  'desk.rule.official-code': '这个代码不在官方行政区划代码表中。',
  'desk.rule.official-name': '官方名称与官方代码表不一致。',
  'desk.rule.township-mismatch': '乡镇与这个地点的其他信息（代码、所在地点）不一致。',
  'desk.rule.unassigned-without-note': '未确定乡镇的地点需要在 notes 中说明原因。',
  'desk.rule.scope': '范围（scope）与地点不一致。',
  'desk.rule.shared-flag': 'shared 与地点数目不一致。',
  'desk.rule.split-without-note': '拆分的金额需要 split_note 说明。',
  'desk.rule.figure-reused': '同一个数字被记了两次。',
  'desk.rule.figure-not-in-phrase': '数字（as_written）不在引文原话中：请从原话中原样复制。',
  'desk.rule.figure-value': '数值与原话中写的数字不一致。',
  'desk.rule.part-of': 'part_of 指向的数字不对（须为“记录 id#数字 key”，且属于同一来源）。',
  'desk.rule.unknown-source': '引文的来源不在 sources 表中。',
  'desk.rule.source-date-note': '没有发布日期的来源须在 published_note 中说明文本能说明的日期。',
  'desk.rule.source-text-changed':
    '来源文本与登记的 SHA-256 不一致：若确实换了文本，请清空 text_sha256，让它重新计算。',
  'desk.rule.source-duplicate': '同一份文本或同一个文件登记了两次。',
  'desk.rule.citation-not-found': '引文原话在来源文本中找不到：须与 texts 表中的文字一字不差。',
  'desk.rule.citation-section':
    '引文原话不在所写的段落（section）中：请写它所在段落的小标题、lead（导语）或 caption（图片说明）。',
  'desk.rule.citation-garbled': '引文原话含有抓取时丢失的字符（?）：请换一段原话。',
  'desk.rule.name-not-in-report': 'names_in_report 中的名称在任何来源文本中都找不到。',
  'desk.rule.report-figure-missing': '来源文本中的这个数字没有任何记录引用：请为它加一条记录（或一个数字）。',
  'desk.rule.geo-mismatch': '数据与地图的地理文件不一致。',
  'desk.rule.source-text-missing': '找不到这个来源的文本：在 texts 表中加一行，或把它的 .txt 文件一起选择。',
  'desk.rule.source-text-too-large': '来源文本太大，未读取。',
  'desk.rule.duplicate-record': '这条记录与另一条完全相同。',
  'desk.rule.reader-notes': 'notes、notes_zh、notes_en 须一一对应（每条技术说明都有中文和英文说明）。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'desk.rule.other': '{detail}',
  'desk.more': '… and {more} more errors of this rule ({rule}).',
  'desk.also': 'Edit sheet {sheet}, row {row}, column {column} ({letter}).',
  'desk.ignored': 'The sheets {names} are not part of the map’s data and were not read.',
  'desk.text.missing':
    'Source {id} has no text: add a row to the texts sheet, or choose its .txt file ({file}) with the workbook.',
  'desk.section.title': 'Headline',

  'desk.rule.file-empty': '{file} is empty.',
  'desk.rule.file-too-large': '{file} is {size}; a workbook may be at most {limit}.',
  'desk.rule.file-not-workbook': '{file} is not an .xlsx workbook: save it from the spreadsheet as .xlsx.',
  'desk.rule.file-no-workbook':
    '{file} is a zip file but not a workbook: save it from the spreadsheet as .xlsx.',
  'desk.rule.file-unreadable':
    '{file} cannot be read as a workbook: save it again from the spreadsheet as .xlsx.',
  'desk.rule.file-bomb':
    '{member} in {file} inflates beyond {limit}; reading stopped: the map’s workbook is far smaller.',
  'desk.rule.file-foreign':
    'This workbook has none of the sheets of the map’s data ({sheets}): start from the workbook the map downloads.',
  'desk.rule.sheet-missing': 'The workbook has no sheet {sheet}.',
  'desk.rule.sheet-header.unknown':
    '“{column}” is not a column of this sheet: delete the column or give it back its name.',
  'desk.rule.sheet-header.twice': 'The column appears twice, in {a} and {b}: delete one.',
  'desk.rule.sheet-header.missing': 'The column “{column}” is missing.',
  'desk.rule.sheet-number': '“{value}” is not a number.',
  'desk.rule.sheet-number.empty': 'Empty: a number is needed here.',
  'desk.rule.sheet-boolean': '“{value}” is not TRUE or FALSE.',
  'desk.rule.sheet-choice': '“{value}” is not in the list “{list}”; choose one of: {choices}.',
  'desk.rule.sheet-choice.empty': 'Empty: choose from the list “{list}”: {choices}.',
  'desk.rule.sheet-choice.item': '“{value}” is not one of: {choices}.',
  'desk.rule.sheet-township': '“{value}” is not a township of the list “township”.',
  'desk.rule.sheet-owner':
    'No record has the id “{id}”: the first column names the record the figure belongs to.',
  'desk.rule.sheet-date':
    'The spreadsheet holds this cell as a date ({date}): format the cell as text and type the value again.',
  'desk.rule.sheet-formula':
    'A formula ({formula}) in a data cell: its cached value {result} is not taken; type the value itself.',
  'desk.rule.sheet-merged': 'The cells {range} are merged: unmerge them and give each cell its own value.',
  'desk.rule.texts-unknown-source': '“{id}” is not the id of a source in the sources sheet.',
  'desk.rule.text-file-unknown':
    'No source names {file} as its text.file: say so in the sources sheet, or do not choose this file.',
  'desk.rule.text-twice': 'The texts sheet and {file} give two different texts of {id}: keep one.',
  'desk.rule.text-differs':
    'The text of {id} differs from its file, which an import does not rewrite (kept as scraped, or outside the data folder): it cannot be changed from the workbook.',
  'desk.rule.unknown-unit':
    'The unit “{unit}” is none of the units ({choices}); for a new unit, add a row to the units sheet with its Chinese and English words.',
  'desk.rule.unit-builtin': '“{unit}” is a built-in unit: delete this row.',
  'desk.rule.county-figure-on-township':
    'The citation names {place} by none of {names}: a county-wide figure stays at county level; if the report names the place otherwise, add that name to its names_in_report.',
  'desk.rule.text-too-long': 'This text has {n} characters; the column holds at most {limit}.',
  'desk.rule.text-control-character':
    'Character {at} of the text is an invisible control character ({char}): delete it.',
  'desk.rule.json': 'A data file cannot be read.',
  'desk.rule.schema': 'The value does not have the required form ({detail}).',
  'desk.rule.duplicate-id': 'This id is already used: each record needs its own.',
  'desk.rule.unknown-ref':
    'An id named here is not in the workbook: check its spelling, or add the record to its sheet first.',
  'desk.rule.official-code': 'The code is not in the official list of divisions.',
  'desk.rule.official-name': 'The official name does not match the official list.',
  'desk.rule.township-mismatch': 'The township disagrees with what else says where the place is.',
  'desk.rule.unassigned-without-note': 'A place without a proven township says why in its notes.',
  'desk.rule.scope': 'The scope does not agree with the places.',
  'desk.rule.shared-flag': 'shared does not agree with the number of places.',
  'desk.rule.split-without-note': 'A split amount needs a split_note.',
  'desk.rule.figure-reused': 'The same figure is recorded twice.',
  'desk.rule.figure-not-in-phrase':
    'The figure (as_written) is not in the citation phrase: copy it from the phrase.',
  'desk.rule.figure-value': 'The value does not match the figure as the phrase writes it.',
  'desk.rule.part-of': 'part_of names a wrong figure (record id#count key, of the same source).',
  'desk.rule.unknown-source': 'The citation’s source is not in the sources sheet.',
  'desk.rule.source-date-note':
    'A source without a publication date says in published_note what its text supports.',
  'desk.rule.source-text-changed':
    'The source text does not match its registered SHA-256: if the text is meant to change, empty text_sha256 to have it computed.',
  'desk.rule.source-duplicate': 'The same text or file is registered twice.',
  'desk.rule.citation-not-found':
    'The phrase is not in the source’s text: it must match the texts sheet exactly.',
  'desk.rule.citation-section':
    'The phrase is not in the section named: give the heading it is under, lead or caption.',
  'desk.rule.citation-garbled': 'The phrase holds a character the scrape lost (?): quote other words.',
  'desk.rule.name-not-in-report': 'A name in names_in_report is in no source text.',
  'desk.rule.report-figure-missing':
    'This figure of the source text is in no record: add a record (or a figure) for it.',
  'desk.rule.geo-mismatch': 'The data disagrees with the map’s geo files.',
  'desk.rule.source-text-missing':
    'The source’s text is not there: add a row to the texts sheet, or choose its .txt file with the workbook.',
  'desk.rule.source-text-too-large': 'The source text is too large; it was not read.',
  'desk.rule.duplicate-record': 'This record repeats another one.',
  'desk.rule.reader-notes':
    'notes, notes_zh and notes_en go together: each technical note has a Chinese and an English one.',
};
