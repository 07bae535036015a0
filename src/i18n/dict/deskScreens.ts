/**
 * The report desk's screens (issue 23): the dialog (open, errors, save) and the banner over the map while an
 * opened workbook is shown. `deskui.*` keys; the errors' own messages come from the opener (src/desk). Not
 * merged in ../messages.ts: loaded with the screens, so the first view does not carry it, and read through
 * src/desk-ui/words.ts. The two words the first view shows are in ./desk-ui.ts.
 */
export const zh = {
  'deskui.title': '打开数据',
  'deskui.close': '关闭',
  'deskui.intro':
    '选择一个工作簿（.xlsx，本地图“下载工作簿”或 npm run data:export-sheet 写出的格式）；报道全文在它的 texts 表里，或作为 .txt 文件一起选择。也可以把文件拖到地图上。',
  'deskui.promise': '文件只在这台电脑上读取，不会上传。所有检查通过之前，地图保持不变。',
  'deskui.choose': '选择文件…',
  'deskui.opening': '正在读取并检查 {name}…',
  'deskui.noWorkbook': '所选文件中没有工作簿（.xlsx）。',
  'deskui.manyWorkbooks': '一次只能打开一个工作簿；已选 {n} 个。',
  'deskui.openFailed': '打开时出错，地图未改变：{reason}',
  'deskui.failedTitle': '{name}：{n} 处错误，地图未改变',
  'deskui.failedTitle.one': '{name}：{n} 处错误，地图未改变',
  'deskui.failedUnread': '有单元格无法读取：先改正这些单元格，然后再检查记录本身。',
  'deskui.allSheets': '全部工作表（{n}）',
  'deskui.onlySheet': '只看',
  'deskui.sheet': '工作表 {name}',
  'deskui.sheetCount': '{n} 处',
  'deskui.sheetCount.one': '{n} 处',
  'deskui.wholeFile': '整个文件',
  'deskui.row': '第 {n} 行',
  'deskui.column': '{letter} 列',
  'deskui.rule': '规则',
  'deskui.showMore': '再显示 {n} 处',
  'deskui.banner.one': '正在显示：{name}（{n} 篇报道，{activities} 项）· 打开于 {time}',
  'deskui.banner': '正在显示：{name}（{n} 篇报道，{activities} 项）· 打开于 {time}',
  'deskui.back': '恢复发布版',
  'deskui.todo': '{name}：报道中还有 {n} 个数字没有上地图',
  'deskui.todo.one': '{name}：报道中还有 {n} 个数字没有上地图',
  'deskui.saveTitle': '保存',
  'deskui.saveNote': '保存的都是地图当前显示的数据；只有点下面的按钮才会保存，本页不会自动存储任何内容。',
  'deskui.saveOne': '保存为单个文件',
  'deskui.saveOneNote': '一个 HTML 文件：双击即可离线打开，包含全部功能和当前数据，可拷贝、发送。',
  'deskui.saveWorkbook': '下载工作簿',
  'deskui.saveWorkbookNote': 'Excel 工作簿（含 texts 表）：在 Excel 或 WPS 中继续编辑，再在这里打开。',
  'deskui.saveFiles': '下载数据文件',
  'deskui.saveFilesNote':
    'data 文件夹的 JSON 和报道全文（zip）：交给维护代码库的人提交，见 README“添加报道”。',
  'deskui.saving': '正在准备文件…',
  'deskui.saved': '已交给浏览器下载：{file}',
  'deskui.saveFailed': '未能保存：{reason}',
  'deskui.noOneFile':
    '这个版本的地图没有附带单文件模板（开发服务器或测试版本）。请用正式发布的网页或单个文件版保存。',
  'deskui.chatApp':
    '这是聊天软件的内置浏览器，通常无法下载文件。请点右上角的“···”，选择“在浏览器中打开”，再在浏览器里打开数据和保存。',
  'deskui.file.map': '会泽帮扶地图',
  'deskui.file.data': '数据文件',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'deskui.title': 'Open data',
  'deskui.close': 'Close',
  'deskui.intro':
    'Choose a workbook (.xlsx, as this map’s “Download the workbook” or npm run data:export-sheet writes it); the report texts are in its texts sheet, or chosen with it as .txt files. You can also drop the files on the map.',
  'deskui.promise':
    'The files are read on this computer only; nothing is uploaded. The map stays as it is until every check passes.',
  'deskui.choose': 'Choose files…',
  'deskui.opening': 'Reading and checking {name}…',
  'deskui.noWorkbook': 'None of the chosen files is a workbook (.xlsx).',
  'deskui.manyWorkbooks': 'Open one workbook at a time; {n} were chosen.',
  'deskui.openFailed': 'Opening failed, the map is unchanged: {reason}',
  'deskui.failedTitle': '{name}: {n} errors, the map is unchanged',
  'deskui.failedTitle.one': '{name}: {n} error, the map is unchanged',
  'deskui.failedUnread':
    'Some cells cannot be read: fix these cells first, then the records themselves are checked.',
  'deskui.allSheets': 'All sheets ({n})',
  'deskui.onlySheet': 'Show',
  'deskui.sheet': 'Sheet {name}',
  'deskui.sheetCount': '{n} errors',
  'deskui.sheetCount.one': '{n} error',
  'deskui.wholeFile': 'The whole file',
  'deskui.row': 'row {n}',
  'deskui.column': 'column {letter}',
  'deskui.rule': 'Rule',
  'deskui.showMore': 'Show {n} more',
  'deskui.banner.one': 'Showing: {name} ({n} report, {activities} activities) · opened at {time}',
  'deskui.banner': 'Showing: {name} ({n} reports, {activities} activities) · opened at {time}',
  'deskui.back': 'Back to the published data',
  'deskui.todo': '{name}: {n} figures of this report are not on the map yet',
  'deskui.todo.one': '{name}: {n} figure of this report is not on the map yet',
  'deskui.saveTitle': 'Save',
  'deskui.saveNote':
    'Each saves the data the map shows now, and only when you click: this page stores nothing by itself.',
  'deskui.saveOne': 'Save this map as one file',
  'deskui.saveOneNote':
    'One HTML file that opens offline with a double-click, with every feature and the data shown; copy or send it.',
  'deskui.saveWorkbook': 'Download the workbook',
  'deskui.saveWorkbookNote':
    'An Excel workbook (with its texts sheet): edit it further in Excel or WPS, then open it here.',
  'deskui.saveFiles': 'Download data files',
  'deskui.saveFilesNote':
    'The data folder’s JSON files and the report texts (zip), for whoever keeps the code to commit (README, “Adding a report”).',
  'deskui.saving': 'Preparing the file…',
  'deskui.saved': 'Handed to the browser’s downloads: {file}',
  'deskui.saveFailed': 'Could not save: {reason}',
  'deskui.noOneFile':
    'This copy of the map came without the one-file template (a development server or test build). Save from the published page or from the one-file map.',
  'deskui.chatApp':
    'This is a chat app’s built-in browser, which usually cannot download files. Tap “···” at the top right, choose “Open in browser”, and open the data and save there.',
  'deskui.file.map': 'Huize-aid-map',
  'deskui.file.data': 'data-files',
};
