"""Everything the bot says to its users, in one place, so the wording can be reviewed without
reading code. Plain text (escaped when sent); {fields} are filled in by the handlers.

How an answer itself reads (the answer line, the quote, «资料中没有找到…», «资料涵盖…») is
format.py's, shared with `wenda ask` and `wenda chat`.
"""

# The command menu (setMyCommands): command → description.
COMMANDS = [
    ("start", "这个机器人知道什么，怎么问"),
    ("help", "用法"),
    ("sources", "资料来源：文档和部分"),
    ("ask", "提问（群聊中使用）：/ask 问题"),
    ("new", "开始新话题（不再接着上一个问题）"),
    ("reindex", "重建索引（仅管理员）"),
]

DEFAULT_EXAMPLE = "崔桥镇设了多少卡点？"  # when the corpus offers no example question

# Refusals and notes
T_REFUSE = "抱歉，这个机器人只在指定的聊天中使用。"
T_SLOW_DOWN = "问题有点多：每个聊天 {period} 秒内最多回答 {count} 个问题，其余的按顺序稍后回答（约 {seconds} 秒后开始）。"
T_FLOOD = "消息太多了：已有 {n} 个问题在排队，这条没有处理。请等前面的回答完再问。"
T_TOO_LONG = "问题太长了（{n} 字）。请缩短到 {limit} 字以内，一次问一件事。"
T_EMPTY = "请在命令或提及后面写上问题，例如：{example}"
T_NOT_TEXT = "我只能回答文字问题。请用文字提问，例如：{example}"
T_EDITED = "修改过的消息不会重新回答；请把问题重新发送一遍。"
T_UNKNOWN_COMMAND = "不认识这个命令。发送 /help 查看用法。"
T_ERROR = "抱歉，处理这条消息时出错了，请稍后再试。"

# /reindex
T_NOT_ADMIN = "抱歉，只有管理员可以重建索引。"
T_NO_REINDEX = "这个机器人没有配置重建索引。"
T_REINDEX_BUSY = "索引正在重建中，请稍候。"
T_REINDEX_START = "开始重建索引；重建期间照常回答问题。"
T_REINDEX_DONE = "索引已重建：{docs} 个文档、{sections} 个部分、{sentences} 句，用时 {seconds:.1f} 秒。"
T_REINDEX_FAILED = "重建索引失败：{error}。继续使用原来的索引。"

# /start (the «资料涵盖» line between the first two is format.covers)
START_INTRO = "你好！我回答关于资料内容的事实性问题，每个答案都附上出处原文；资料里没有的，我会直说没有找到。"
START_EXAMPLES = "可以这样问："
START_EXAMPLE = "• {question}"
START_GROUPS = "在群里请 @我 提问、回复我的消息，或用 /ask 问题。"
START_FOOTER = "/help 用法 · /sources 资料来源"

# /help
HELP = [
    "直接发送问题即可，例如：{example}",
    "• 我只根据资料回答，并引用原文、文档和部分；资料里没有的，会说没有找到。",
    "• 群聊中：@我 提问、回复我的消息，或用 /ask 问题。",
    "• 可以接着追问：问完一个问题，再发“那X呢？”就是问X的同一件事；{minutes} 分钟内有效，回复我的某条回答则接着那个问题，/new 开始新话题。",
    "• 可以一次问几个部分（“A和B各…”），也可以比较、合计（“哪个最多”“一共多少”“A比B多几个”）：每个数字都附出处和算式。",
    "• 问题请在 {limit} 字以内；每个聊天 {period} 秒内最多回答 {count} 个问题，多出的按顺序稍后回答。",
]  # then HELP_COMMANDS, and HELP_ADMIN to admins only (the botui block below)

# /sources (the title is shown in bold)
SOURCES_TITLE = "资料来源"
SOURCES_SUMMARY = "：{docs} 个文档，{sections} 个部分，共 {sentences} 句。"
SOURCES_DOC = "📄 {doc}"
SOURCES_SECTION = "  · {section}：{n} 句"
SOURCES_UNTITLED = "（无标题）"
SOURCES_MORE_DOCS = "…… 还有 {n} 个文档"
SOURCES_MORE_SECTIONS = "  · …… 还有 {n} 个部分"

# -- teach: admins add, replace and remove documents by sending files (bot/teach.py) ------------
T_TEACH_NOT_ADMIN = "我只能回答文字问题。请用文字提问，例如：{example}\n只有管理员可以发送文件来添加资料；这份文件没有下载，也没有保存。"
T_TEACH_ADMIN_ONLY = "抱歉，只有管理员可以管理资料。"
T_TEACH_BAD_NAME = "这个文件名不能用（空的、以点开头或只有符号）。请改一个普通的文件名再发送，例如：通知.docx"
T_TEACH_KIND = "读不了 {name} 这种文件。可以发送的文件类型：{kinds}"
T_TEACH_TOO_BIG = "{name} 太大了（{size:.1f} MB）；最大 {limit:.0f} MB（WENDA_MAX_UPLOAD_MB）。请拆分或压缩后再发送。"
T_TEACH_BUNDLED = ("这个机器人用的是自带的示例资料，不能在这里添加文件。请把 WENDA_CORPUS 设为一个可写的文件夹"
                   "（放入现有文档），重启机器人后再发送文件。")
T_TEACH_READ_ONLY = "资料文件夹 {folder} 不可写（{why}），文件没有保存。请让服务器管理员把 WENDA_CORPUS 指向一个可写的文件夹。"
T_TEACH_NO_REFRESH = "这个机器人没有配置更新索引，不能通过聊天添加资料。"
T_TEACH_DOWNLOAD_FAILED = "没能从 Telegram 下载 {name}（{error}）。请再发送一次。"
T_TEACH_UNREADABLE = "读不了 {name}：{reason}。资料没有改动。"
T_TEACH_QUEUED = "正在处理上一份资料；{name} 排在后面，完成后告诉你。"
T_TEACH_WORKING = "收到 {name}，正在更新索引；更新期间照常回答问题。"
T_TEACH_REPLACING = "正在用新文件替换 {name} 并更新索引……"
T_TEACH_LABEL = "《{title}》（{name}）"  # a document with a title; without one, its file name alone
T_TEACH_LEARNED = "学会了 {label}：{sections} 个部分，{sentences} 句。"
T_TEACH_REPLACED = "已替换 {label}：{sections} 个部分，{sentences} 句。"
T_TEACH_EXAMPLES = "可以这样问："
T_TEACH_EXAMPLE = "• {question}"
T_TEACH_NO_EXAMPLES = "（没有找到适合做例子的句子；直接提问即可。）"
T_TEACH_FAILED = "更新索引失败：{error}。资料已恢复原样，继续使用原来的索引。"
T_TEACH_EXISTS = "资料里已经有 {label}，共 {sentences} 句。用新发送的文件替换它吗？"
T_TEACH_REPLACE = "替换"
T_TEACH_CANCEL = "取消"
T_TEACH_CANCELLED = "已取消，资料没有改动。"
T_TEACH_EXPIRED = "这个请求已过期或已处理，请重新操作。"
T_TEACH_NOT_YOURS = "只有发起这个操作的管理员可以确认。"
T_DOCS_TITLE = "资料库：{docs} 个文档，共 {sentences} 句"
T_DOCS_DOC = "📄 {label} · {sections} 个部分 · {sentences} 句"
T_DOCS_MORE = "…… 还有 {n} 个文档"
T_DOCS_FOOTER = "发送文件即可添加或替换；/forget 名称 删除一个。"
T_FORGET_PICK = "删除哪个文档？"
T_FORGET_UNKNOWN = "资料里没有「{name}」。发送 /docs 查看文档名称。"
T_FORGET_AMBIGUOUS = "「{name}」对应好几个文档：{names}。请写完整的文档名称。"
T_FORGET_CONFIRM = "确定删除 {label} 吗？它有 {sentences} 句，删除后不能再据此回答。"
T_FORGET_YES = "删除"
T_FORGET_WORKING = "正在删除 {name} 并更新索引……"
T_FORGET_DONE = "已删除 {name}。资料库现在有 {docs} 个文档，共 {sentences} 句。"
T_FORGET_LAST = "不能删除最后一个文档：资料库不能是空的。先发送新文件，再删除这个。"

# -- botui: answer buttons, feedback, command menus, inline mode (issue 13) --------------------

# The command menus (setMyCommands): everyone, groups (also /ask), admins' own chats (also theirs).
MENU_COMMANDS = [
    ("start", "这个机器人知道什么，怎么问"),
    ("help", "用法"),
    ("sources", "资料来源：文档和部分"),
    ("new", "开始新话题（不再接着上一个问题）"),
]
MENU_GROUP_COMMANDS = [("ask", "提问（群聊中使用）：/ask 问题")]
MENU_ADMIN_COMMANDS = [
    ("reindex", "重建索引（管理员）"),
    ("docs", "文档列表（管理员）"),
    ("forget", "删除一个文档（管理员）"),
]
HELP_COMMANDS = "命令：/start 介绍 · /sources 资料来源 · /ask 提问 · /new 新话题"
HELP_ADMIN = "管理员命令：/reindex 重建索引 · /docs 文档列表 · /forget 删除文档；发送文件即可添加文档。"
HELP_BUTTONS = "• 回答下面有按钮：👍/👎 告诉我答得对不对，“更多出处”看其他段落，“查看原文”看整段原文。"

# Buttons under an answer, and what tapping them says
B_UP = "👍"
B_DOWN = "👎"
B_MORE = "更多出处"
B_SOURCE = "查看原文"
T_THANKS = "谢谢反馈"
T_BUTTON_OLD = "这条回答太旧了，请重新提问。"
T_NO_MORE = "没有更多出处了。"
T_MORE_TITLE = "更多出处："
T_NO_PASSAGE = "资料已更新，找不到这段原文了；请重新提问。"
START_TAP = "点下面的问题试试："

# Inline mode (@bot 问题 in any chat)
T_INLINE_NOT_FOUND = "资料中没有找到"
T_INLINE_REFUSED = "抱歉，这个机器人只对指定的用户开放。"
T_INLINE_BUSY = "问题有点多，请稍后再试。"
T_INLINE_SLOW = "这个问题一时答不完，请私聊我提问。"
T_INLINE_TOO_LONG = "问题太长了（{n} 字），请缩短到 {limit} 字以内。"
T_INLINE_QUESTION = "问：{question}"
