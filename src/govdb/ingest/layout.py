"""Printed lines into paragraphs, each classified, with every character's place on the page.

OCR of newspaper columns breaks lines inside words and sometimes inside a paragraph's blank
lines; web and PDF text puts a paragraph on one line. Lines are joined when the first does not
end a sentence and is not a heading; bylines, markers and captions are recognised on the
joined text, in simplified script whatever the page prints.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, pairwise, takewhile

from govdb.metrics.tables import find_tables, line_spans, unit_line
from govdb.metrics.vocabulary import (
    BIG_FIGURE,
    CHANGE_WORDS,
    FIGURE_MARKS,
    ITEM_NUMBER,
    LABEL_TIME,
    MARKS,
    PICTOGRAPHS,
)

# A paragraph that ends in one of these is complete; anything else continues on the next line.
_TERMINAL = (*"。！？!?…；;：:", "——", "。”", "！”", "？”", "…”", "。」", "。』", "）。")
_SENTENCE_PUNCT = re.compile(r"[。，；！？,;!?]")
_CLOSING_PUNCT = tuple("。，、；：！？）」』”》,.;:!?)…")

MARKER = re.compile(
    r"^[（(]\s*(?:上接|下转|接上|转下|上转|下接|紧接)\s*(?:第\s*)?[A-Za-z]?\s*\d{1,3}\s*版\s*[）)]"
)
# 本报讯（记者 姚晓晓） / 新华社郑州5月1日电（记者 X） / 本报讯 (见习记者 徐 斐斐) /
# 【本报北京讯】 as Hong Kong's papers print it, with the city the report is filed from
DATELINE = re.compile(
    r"^[■□◆▲]?\s*【?(?:本报讯|本报[^\s（(，,。【】]{0,12}[电讯](?![员视])|新华社[^\s（(，,。]{0,16}电|"
    r"[^\s（(，,。【】]{2,10}(?:日报|晚报|时报)讯)】?"
)
_ROLE = (
    r"(?P<role>(?:本报|新华社|中新社|人民网|[\u4e00-\u9fff《》：:]{1,10}(?:报|社|电视台|网|融媒体中心))?"
    # (a pupil who reports for a paper's children's page is its 小记者)
    r"(?:全媒体|融媒|见习|特约|实习|小)?(?:记者|通讯员|评论员|撰稿|作者))"
)
# (a name may carry its school or unit in brackets: 小记者 某某（某某小学五年级）)
_BYLINE = re.compile(
    rf"^[■□◆▲]?{_ROLE}[：:]?(?P<names>[\u4e00-\u9fff·、，,]{{2,24}})(?:[（(][^（）()]{{2,20}}[）)])?$"
)
_NAMES_IN_PARENS = re.compile(r"^[（(]\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*[）)]$")
# Common surnames: a line of two or more short names, each opening with one, is a credits line
# (张明 李华 王芳), not a headline; headlines of short phrases (稳增长 促发展) open otherwise.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔汤常康施樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹耿焦俞柳祝舒阮柯纪梅童"
)
# One person's name, not a unit's (王集镇 opens with a surname too).
ONE_NAME = re.compile(rf"[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?<![镇乡村县市区街])")
_NAMES_LINE = re.compile(
    rf"^[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:[\s、]+[{_SURNAMES}][\u4e00-\u9fff]{{1,2}})+$"
)
# 文/张明 图/李华, 文字：王芳: who wrote and who photographed, perhaps with who the writer is
# (文/某某（某镇某村村医）).
_WRITERS = re.compile(
    r"^(?:(?:文|图|文图|图文|文字|撰文|摄影)\s*[/／：:]\s*"
    # (perhaps after the body the writer works for: 文/某县农业技术推广站　某某)
    r"(?:[\u4e00-\u9fff（）]{2,24}?(?:站|局|中心|办|所|院|校|社|会|队|部|委|室|厅|处)\s+)?"
    r"[\u4e00-\u9fff·]{2,4}"
    r"(?:[\s、]+[\u4e00-\u9fff·]{2,4})*\s*)+(?:[（(][^（）()]{2,40}[）)])?$"
)
# An official signing a commentary: 郾城区委副书记、区长 李占宾
_AUTHOR = re.compile(
    r"^(?:[\u4e00-\u9fff、]{2,24}(?:书记|区长|市长|县长|乡长|镇长|主任|局长|部长|厅长|主席|院长|校长|社长"
    # (or a learner who writes of the course: 某村学员　某某; not a villager, who signs letters)
    r"|学员)"
    r"|(?:省长|州长|盟长|旗长|市长|县长|区长|乡长|镇长))"
    r"\s+[\u4e00-\u9fff]{2,4}$"
)
# An official document's number under its title: 某政办〔2026〕14号, 某发[2025]3号.
DOCUMENT_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,16}\s*[〔［\[（(【]\s*\d{4}\s*[〕］\]）)】]\s*第?\s*\d{1,4}\s*号$"
)
CREDIT = re.compile(
    r"^[（(]?(?:【[^】]{1,8}】)?(?:校对|统筹|审核|编辑|责编|责任编辑|美编|监制|出品|策划|排版|主编|终审|复审|初审|视频|"
    r"制图|设计|主办|协办|承办|图片来源|来源|整理|采写|撰稿|执笔)[\s：:]"
)
_PHOTO_CREDIT = re.compile(
    r"(?:图片来源|图片由.{1,20}提供|供图|资料图片|摄影[：:]|[（(][^（）()]{1,12}摄[）)])"
)
# A web page's furniture: when it was posted, and its font-size and print controls.
# A web page's line of who and when, parted by bars or spaces: 某某日报 | 2025-12-01 | 记者 张明.
_DATED_CREDITS = re.compile(
    r"^(?=.{0,60}$)(?:[^\s。，；！？|｜]{1,24}(?:\s*[|｜]\s*|\s{2,}|\s))*"
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    # (an office and, closing the line, the hour it reports for: 某县气象台　2026年7月9日8时)
    r"|(?<=\s)\d{4}年\d{1,2}月\d{1,2}日(?:\d{1,2}时)?(?=\s*$))"
    r"(?:(?:\s*[|｜]\s*|\s{2,}|\s)[^。，；！？|｜]{1,24})*$"
)
# A date in brackets on a line of its own under a title, perhaps saying what the text is: the
# day a report was made or a meeting's record taken (（2026年3月5日 会议实录）).
_DATE_IN_BRACKETS = re.compile(
    # (perhaps after what the date is of: （回复时间：2026年11月25日）)
    r"^[（(]\s*(?:[\u4e00-\u9fff]{2,4}[：:]\s*)?"
    r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[^（）()。，]{0,10}[）)]$"
)
# A date in Chinese numerals, as a document dates itself: 二〇二四年九月三十日.
_DATE_IN_WORDS = (
    r"[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)
_POSTED = re.compile(
    rf"^(?:(?:发布|发表|更新)?时间[：:]\s*)?(?:\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?|{_DATE_IN_WORDS})"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s+(?:来源|作者|编辑|责任编辑|浏览次数|点击数|阅读)[：:]\s*[^\s。，]{0,20})*$"
)
_CONTROLS = re.compile(
    r"^(?=.*(?:字号|字体|打印|超大|分享|收藏|纠错|关闭窗口|返回顶部|举报|广告|ad\b|展开全文))"
    r"(?:[\s|｜：:【】\[\]]|字号|字体|默认|大|中|小|超大|打印|关闭|窗口|本页|分享到?|收藏|纠错|"
    # (and a news app's: the flag to report it, an advert's mark, the fold)
    r"返回顶部|微信|微博|QQ空间|QQ|朋友圈|举报|广告|ad|AD|展开全文|打开APP|打开App)+$"
)
# A web page's trail to the article (首页 > 新闻中心 > 乡镇动态, 某某网 > 县市区): short
# steps joined by arrows, no sentence in them.
_STEP = r"[^\s>＞»›。，；！？]{1,12}"
_TRAIL = rf"{_STEP}(?:\s*[>＞»›]\s*{_STEP}){{1,5}}"
_BREADCRUMB = re.compile(rf"^{_TRAIL}$")
# A WeChat post's furniture: the follow prompt over it, the reader's buttons under it.
_WECHAT_CONTROLS = re.compile(
    r"^(?=.*(?:蓝字|关注|阅读原文|点赞|在看|收藏|转发|写留言))"
    r"(?:[\W_\s]|点击|上方|蓝字|关注我们|关注|阅读原文|分享|收藏|点赞|在看|转发|写留言|留言|赞)+$"
)
# What a programme's host says to open and close it, a line of its own.
_ON_AIR = re.compile(
    r"(?:(?:主持人|播音员?)[：:]\s*)?"
    r"(?:(?:各位|亲爱的)?(?:观众|听众)(?:朋友们?)?[，,]\s*(?:大家好|晚上好|早上好|中午好|你们好)?[。！!，,]?"
    r"|以上(?:就是)?(?:今天|本期)的?(?:主要)?(?:内容|节目)[，,。]?|欢迎收看[^。]{0,16}[。！!]?"
    r"|下面播送[^。]{0,12}[。！!]?|[^。，]{0,8}播送完了[。！!]?|感谢(?:您的)?收[看听][。！!]?|再见[。！!]?)+"
)
# Where a post showed a picture or a video, and the arrows pointing at it: 【图片】, [视频], ▼.
# [图片], 【视频】, and an image's words where the image was (![图片：…](…) → [图片：…]).
_PLACEHOLDER = re.compile(
    r"[\[【]\s*(?:图片|视频|音频|语音|图)\s*(?:[：:][^\]】]{0,60})?[\]】]|[▼▲↓↑]+"
)
# 原创 and the account's name, over a WeChat post; the account, when it posted, and where.
_ORIGINAL = re.compile(
    # (its author and its account, both perhaps: 原创 某某 某县发布 2025年9月18日 17:30 江苏)
    r"原创(?:\s+[^\s，。\d][^\s，。]{1,15}){0,2}(?:\s+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?)?"
    r"(?:\s*\d{1,2}:\d{2})?(?:\s*[\u4e00-\u9fff]{2,6})?"
)
_ACCOUNT_POSTED = re.compile(
    r"[^\s，。]{2,16}\s+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*\d{1,2}:\d{2}"
    r"\s*[\u4e00-\u9fff]{0,6}"
    # (an office's account, 某区发布, may print the day alone)
    r"|[^\s，。]{2,12}(?:发布|融媒)\s+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
)
# When a post went up, as a microblog or a video account prints it under the account's name:
# the day (2025-12-02, 12-01, 今天, 昨天) and the clock time, then the device it came from (来自
# 某某客户端), where it was posted from (发布于 吉林, · 黑龙江) or the bare province.
_POST_STAMP = re.compile(
    r"(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}日?|今天|昨天|前天|\d{1,2}分钟前|刚刚"
)
_STAMP_POSTED = re.compile(
    rf"(?:{_POST_STAMP.pattern})\s*(?:\d{{1,2}}:\d{{2}})?"
    r"(?:\s*(?:来自|发布于)\s*[^\s，。][^，。]{0,30}|\s*[·•]\s*(?:[\u4e00-\u9fff]{2,6}|"
    rf"[{PICTOGRAPHS}\uFE0F]{{1,3}})|\s+[\u4e00-\u9fff]{{2,6}})?"
)
FOOTER = re.compile(r"(?:公网安备|ICP备|ICP证|版权所有|Copyright|©|All Rights Reserved)", re.I)
_ENDS_WITH_PHOTO = re.compile(r"摄(?:影报道|影)?[）)]?[。.]?$")
# A paragraph that says it describes a photo: 图为…, 上图：…, （图）…, or …（图） at its end.
_PHOTO_OPENING = re.compile(
    r"^(?:图为|[上下左右中]图[：:为]|图[①-⑩\d]\s*[：:为]|[（(](?:图|组图|资料图片?)[）)])"
)
_PHOTO_CLOSING = re.compile(r"[（(](?:图|图片|资料图|资料图片|组图)[）)]$")
PHOTO_CAPTION_MAX = 120  # a （图） paragraph longer than this is an article's text
# Marks that open a brief or a caption in a column of them: ● ■ ◆ ▲ … (not □ or ○, which OCR
# prints for a character it could not read).
BULLETS = "●■◆▲◇★☆◎►▶♦"
# The boxes a form's checklist ticks or leaves empty (not □, which OCR prints for a character
# it could not read).
CHECK_BOXES = "☑☐☒✓✔✅❎"
# A dotted point, a slide's or a list's: · 已建助餐点112个.
DOT_POINTS = ("· ", "•")
# What a column of briefs or photos is called: 简讯, 快讯, 国内联播快讯, 新闻简报, 图片新闻.
COLUMN_LABEL = re.compile(
    # not 一图速览, 一图读懂, 数据速览: one story's figures, drawn or listed
    r"^【?(?!一图|数据)[\u4e00-\u9fff·]{0,12}(?:简讯|快讯|短讯|简报|速览|速递|集锦|集萃|短波|一句话新闻|"
    r"新闻摘要|简明新闻|图片新闻|图片报道|图说)】?$"
)
# A figure alone on its line, as a data box prints it over what it counts (2.3万人, 97.2%).
BARE_FIGURE = re.compile(
    r"(?:约|近|超|逾|超过)?\d[\d.,]*(?:万|亿|千)?(?:%|％|[\u4e00-\u9fff]{1,3})?(?:以上|左右)?"
)
# …or led by a pictograph or a bullet (📊 58个, ▶ 1.2亿元), over the words that say what it
# counts; or two, as it was and as it became (📉 4.2%→0.8%).
MARKED_FIGURE = re.compile(rf"[{MARKS}]*\s*{BARE_FIGURE.pattern}(?:\s*→\s*{BARE_FIGURE.pattern})?")
# The words over a box's figure: short, no sentence in them.
_BOX_LABEL_LINE = re.compile(r"[^，。；！？,;!?：:\d]{2,20}")
# A label and its figure on a line of their own (▶ 新增养老床位：360张, 信访总量：同比下降
# 8.1%, 网销额　3860万元), as an infographic or a data box prints them.
LABELLED_FIGURE = re.compile(
    # not a headline's quote or its 了 after the colon: 东川镇：咖啡“香”了8个村
    FIGURE_MARKS + r"(?:[^：:，。；]{2,24}[：:]|[^：:，。；\s]{2,24}(?:[\u3000\t]+|\s{2,}))"
    # (words before the figure: 明年目标：灌溉水利用系数提高到0.62)
    r"\s*[^：:，。；\d“”「」了]{0,12}"
    r"(?:约|近|超|逾)?\d[\d.,]*\s*(?:万|亿)?[^\s，。；：:]{0,4}"
    # and how it changed (地区生产总值：18.6亿元，同比增长5.2%; 门票收入　1.6亿元　↑8.2%),
    # or the level it went to (办结时长：由30天缩短至12天)
    r"(?:(?:缩短|减少|下降|降低|压缩|提高|增加|增长|提升|上升|扩大)(?:至|到)"
    r"(?:约|近)?\d[\d.,]*\s*(?:万|亿)?[^\s，。；：:]{0,4}"
    rf"|[，,]\s*{CHANGE_WORDS}\s*\d[\d.]*\s*(?:%|％|个百分点|[^\s\d，。；：:]{{1,3}})"
    r"|\s*[↑↓]\s*\d[\d.]*\s*(?:%|％|个百分点|[^\s\d，。；：:]{1,3})"
    # or a remark on it (某村：改造率达97.2%，居全乡第一)
    r"|[，,][^\d，。；：:]{2,10})?"
)
# A place and what it did, up to a figure (某镇：建成冷库2座): a brief's headline in
# a roundup, not a box's label and figure (某镇：1200亩, 某镇：同比增长8%).
_PLACE_DID = re.compile(
    r"[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|村|社区|县|区|市)[：:][^\d：:，。]{5,}\d"
)
# A list's line of a short label and its figures, each with its unit (东川村：1200亩，730吨):
# one item of a list printed a line each, as 各村的面积、产量如下： introduces it.
_FIGURE_WITH_UNIT = r"(?:约|近|超|逾)?\d[\d.,]*\s*(?:万|亿)?[^\s，。；：:\d]{1,4}"
LABELLED_FIGURES = re.compile(
    rf"{FIGURE_MARKS}[^：:，。；\s]{{2,12}}[：:]\s*{_FIGURE_WITH_UNIT}"
    rf"(?:[，,、]\s*{_FIGURE_WITH_UNIT}){{1,3}}"
)
_DIGIT = re.compile(r"\d")
# A bulleted label and its figure (▶ 地方税收 5.2亿元): the mark says the line stands alone,
# one space then parting label and figure.
BULLETED_FIGURE = re.compile(
    r"[▶►▸•●■◆★☆]\s*[^：:，。；\s\d]{2,24}\s+(?:约|近|超|逾)?\d[\d.,]*\s*(?:万|亿)?"
    r"[^\s，。；：:]{0,4}"
)
# A figure and then its words, set apart by a wide space, as an infographic prints its big
# figures a line each: 2.4万件　全年接待来访群众, 91.5%　某镇回访满意度，列各镇第一.
FIGURE_THEN_LABEL = re.compile(
    rf"{FIGURE_MARKS}{BIG_FIGURE}(?:\u3000+|\t+|\s{{2,}}){LABEL_TIME}[^\d\s，。；：:][^。；！？]{{1,40}}"
)
# A box's line of short words and figures parted by wide spaces, three or more of them:
# 今天　晴　气温2℃至13℃ (a headline's two halves are longer). No field's colon or
# bracket: 发布时间：…　来源：… is a page's credits line.
DATA_LINE = re.compile(
    r"[^，。；！？：:【】\s]{1,6}(?:(?:\u3000+|\s{2,}|\t)[^，。；！？：:【】\u3000\t]{1,10}){2,4}"
)
_DATED = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*[-/.年]\s*\d{1,2}")
# A dated note in brackets on a line of its own: when and how the text was adopted or issued.
_NOTE_IN_BRACKETS = re.compile(
    r"[（(][^（）()]{0,20}\d{4}\s*年[^（）()]{0,30}(?:通过|发布|印发|施行|修订|制定)[^（）()]{0,10}[）)]"
)
# …or the day its figures run to: （截至2026年3月31日）.
_AS_OF = re.compile(r"[（(]\s*(?:数据)?截[至止]\s*\d{4}\s*年[^（）()]{0,20}[）)]")
# Whom a bulletin is sent to, and how many copies were printed.
DISTRIBUTION = re.compile(r"^(?:(?:报|送|抄送|抄报|发)[：:]|[（(]共印\s*\d+\s*份[）)]$)")
# A page's number printed between its lines (—3—, - 3 -), and a contents line (目 录 …… 2).
FOLIO = re.compile(
    r"[—－\-]{1,2}\s*\d{1,3}\s*[—－\-]{1,2}"
    # …or a PDF's page footer: 第 1 页 共 3 页, 第2页/共3页
    r"|第\s*\d{1,3}\s*页\s*[，,/／]?\s*共\s*\d{1,3}\s*页"
)
CONTENTS = re.compile(r"^目\s*录|(?:…{2,}|\.{4,}|·{4,})\s*\d{1,3}(?:\s|$)")
_WORD_CHAR = re.compile(r"[0-9.\u4e00-\u9fff]")
# An editor's note over an article or after it (编者按：…, 【编者的话】…, 编后：…): the desk
# speaking about the story, not the story.
EDITOR_NOTE = re.compile(
    r"^[【\[〔]?(?:编者按|编者的话|编者注|编辑按|编前语|编前话|编前|编后语|编后话|编后)"
    r"(?:[】\]〕][：:]?|[：:])"
)
# A bulletin's issue, under its name: 2026年第5期, （总第123期）, with the week it covers.
ISSUE = re.compile(
    r"[（(]?\s*(?:\d{4}\s*年\s*)?(?:总\s*)?第\s*\d{1,4}\s*期(?:\s*[^（）()。，]{0,30})?\s*[）)]?"
    # …and the days it covers: 2026年第8期（3月下旬）, 第7期（2027年3月1日—3月7日）
    r"(?:\s*[（(][^（）()。，]{1,24}[）)])?"
    # …or after the day it came out: 2026年3月2日　星期一　第1862期
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:(?:星期|周)[一二三四五六日天])?\s*"
    r"(?:总\s*)?第\s*\d{1,5}\s*期"
)
# The mark a script or a story closes with, on a line of its own.
_END_MARK = re.compile(r"[【\[（(](?:结束|完|全文完|本文完|本期完|剧终)[】\]）)]")
# A broadcast script's cues, each opening what is read, shown or heard next: part of its text.
SCRIPT_CUE = re.compile(
    r"^[【\[](?:导语|解说|同期声?|现场声?|主持人|口播|画外音|字幕|采访|出镜|记者出镜|配音|片尾|"
    r"播音员|正文|(?:画面|镜头|场景)\s*[0-9一二三四五六七八九十]{0,3})[】\]]"
    # (or a video script's numbered shot: 镜头3：合作社车间, 画面：…)
    r"|^(?:镜头|画面|场景)\s*[0-9一二三四五六七八九十]{0,3}\s*[：:]"
)
_FIELD = re.compile(
    r"(?:记者|作者|编辑|责编|责任编辑|摄像|摄影|剪辑|配音|主播|时长|来源|审核|校对|制作|监制|"
    r"出品|编导|导演|策划|统筹|文案|栏目|播出|"
    r"发布时间|发布日期|时间|日期|浏览次数|点击数|阅读数|字体|字号|"
    r"发布单位|发布机构|信息来源|文章来源|稿件来源|供稿|出处|"
    # a government site's catalogue of its documents: 索引号, 主题分类, 成文日期, 文号
    r"索引号|主题分类|分类|成文日期|发文字号|文号|发文机关|公开方式|公开范围|有效性|"
    r"地点)\s*[：:]"  # (时间：…　地点：… under a press conference's title)
)
FIELDS_MAX = 80
# A post's counts of shares, comments and likes: 转发 1268　评论 534　赞 3906.
_POST_COUNTS = re.compile(
    r"(?:(?:转发|评论|点赞|赞|收藏|分享|阅读|播放|在看|留言|推荐)\s*[\d.]+万?\+?\s*[|｜·]?\s*){2,}"
)
# A phone's status bar and an app's bar over the page, as a screenshot's text keeps them.
_STATUS_BAR = re.compile(
    r"\d{1,2}[:：]\d{2}\s+(?:[^\s，。]{0,12}\s+)*?(?:[2-5]G|WiFi|Wi-Fi|LTE|HD)"
    r"(?:\s+[^\s，。]{0,12})*?(?:\s+\d{1,3}\s*%)?"
)
_APP_BAR = re.compile(r"[<＜‹〈]?\s*返回(?:\s+[^\s，。]{1,16}){0,2}\s+(?:分享|更多|…+|···|\.{3})")
# The fields of a government site's catalogue block over a document (信息公开 pages).
_CATALOGUE_FIELD = re.compile(
    r"(?:索引号|发布机构|发文机关|发文日期|成文日期|发布日期|文号|发文字号|主题分类|主题词|"
    r"公开方式|公开范围|公开时限|有效性|信息分类|组配分类|体裁分类|所属机构|信息来源|发布单位|"
    r"编制单位)\s*[：:]"
)
# Who took part in an interview, a press conference or a report, on lines over the text:
# 访谈嘉宾：某县某局局长 某某, 发布人：…, 汇报单位：….
_PARTICIPANTS = re.compile(
    r"(?:访谈嘉宾|嘉宾|出席嘉宾|发布人|新闻发言人|汇报单位|汇报人|受访人|受访者|采访对象)\s*[：:]"
)
_SLIDE = re.compile(r"幻灯片\s*\d{1,2}(?:\s|$)")


def _participants(s: str) -> bool:
    """发布人：某县某局局长 某某, the line naming who speaks; not 发布人：去年，…, their words."""
    return _PARTICIPANTS.match(s) is not None and len(s) <= 48 and not _SENTENCE_PUNCT.search(s)


_TOLD_BY = re.compile(r"(?:口\s*述|讲\s*述)\s*[：:]")
_SUBJECT_LINE = re.compile(r"(?:邮件)?主\s*题\s*[：:]")
# An e-mail's header fields, and a broadcast's, each opening a line of its own.
_SENDER_FIELDS = r"发件人|收件人|发送时间|发送日期|发件时间"
_SENDER = re.compile(rf"(?:{_SENDER_FIELDS})\s*[：:]")
_MAIL_HEADER = re.compile(rf"(?:{_SENDER_FIELDS}|抄送|播出时间|播出日期|首播时间)\s*[：:]")
# An advert a news app prints between the headline and the story: 广告　某某季 满减…
_ADVERT = re.compile(r"(?:(?:广告|推广)[\s\u3000：:|｜]|[【\[](?:广告|推广)[】\]])\s*\S.{0,58}")
# A form's fields as a government board prints them, each a label and a short value:
# 留言时间：2025-10-21 08:47　办理状态：已办结, 回复单位：某镇人民政府.
# (…员: who kept a log or a form, 劝导员：某某、某某（记录）)
_FORM_LABEL = (
    r"[\u4e00-\u9fff]{0,4}"
    r"(?:时间|时段|日期|天气|单位|部门|类型|状态|评价|满意度|编号|类别|渠道|方式|员|"
    r"(?:留言|来信|来电|反映|提问|咨询)人)"  # (and who wrote to a board: 留言人：网友“某某”)
)
# …but a label whose value opens with a figure counting something (培训学员：320余人次,
# 入库动员：86户) is a data box's line, not a form's field: a field's value is a name, a date
# or a clock time (2025-10-21 08:47, 3月5日, 9时).
_COUNTED_FIELD = re.compile(
    # (the figure may follow the words for what it counts: 医护人员：驻点医生2名、护士5名)
    r"[^：:]{2,16}[：:]\s*[\u4e00-\u9fff]{0,8}?(?:约|近|超|逾|超过)?\d[\d.,]*(?:万|亿)?[余多]?"
    r"(?:%|％|(?![年月日时点分秒号])[\u4e00-\u9fff])"
)
# A diary's or a work log's day, with its weekday or weather: 3月5日 晴, 11月10日 星期一 阴.
_WEATHER = (
    r"(?:晴|阴|多云|小雨|中雨|大雨|雨|阵雨|雷阵雨|小雪|中雪|大雪|雪|雾|晴转多云|多云转晴|阴转晴)"
)
_DIARY_DAY = re.compile(
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*"
    rf"(?:(?:(?:星期|周)[一二三四五六日天])\s*{_WEATHER}?|{_WEATHER}|[（(][^（）()]{{1,12}}[）)])"
    r"(?:\s*[^\s，。]{0,8}风\d级)?"
)
# A marked line giving a figure (▶林农人均增收约860元, ▶新增碳汇交易量5万吨以上): an item of a
# data box, never a sub-heading (■ 强化督查, ■ 2026年重点工作 may be).
_BULLETED_DATUM = re.compile(
    rf"[{BULLETS}].*?(?<!\d)(?!\d{{4}}年)\d[\d.]*(?:万|亿)?[^\d\s，。；：:、（）()]"
)
# …not an index's entry pointing to its page (◆某镇试行…第2版, ◆…………3).
_INDEXED = re.compile(r"(?:…{2,}|\.{4,}|·{4,})\s*\d{1,3}$|第\s*[A-Z]?\d{1,3}\s*版$")
# An entry of a programme or a live report, led by its clock time: 19:30　3. 舞蹈《…》.
_CLOCK_ENTRY = re.compile(r"\d{1,2}[:：]\d{2}(?:\s+|\s*[—–\-~～至]{1,2}\s*\d{1,2}[:：]\d{2}\s*)\S")
# A programme's time slot opening its line: 9:00—10:00 开幕式…
_TIME_SLOT = re.compile(r"\d{1,2}[:：]\d{2}\s*[—–\-~～至]{1,2}\s*\d{1,2}[:：]\d{2}")


def _line_of_its_own(s: str) -> bool:
    """地点：…, 11月10日 星期一 晴: a minutes' field or a log's day ends where its line does."""
    return bool(
        _MINUTES_FIELD.match(s)
        or _TOLD_BY.match(s)
        or _DIARY_DAY.fullmatch(s)
        or _TIME_SLOT.match(s)
        or _TAGGED_DATE.fullmatch(s)
        or _CLOCK_ENTRY.match(s)
        # 一、优秀（90分以上，4个）: an outline's heading, the commas of its note in brackets
        or _NOTED_HEADING.fullmatch(s)
    )


# A message board's turn, tagged and dated on its own line: 【留言】2027年2月3日, 【回复】….
_TAGGED_DATE = re.compile(
    r"[【\[][\u4e00-\u9fff]{1,6}[】\]]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"(?:\s*\d{1,2}[:：]\d{2})?"
)


# The fields opening a meeting's minutes (where, who chaired, who kept them, who came) and a
# decision's parties (投诉人：…, 被申请人：…).
_MINUTES_FIELD = re.compile(
    r"(?:会议地点|地点|主持人?|记录人?|出席人员|出席|列席人员|列席|参会人员|参加人员|缺席|"
    # (and an event's when and where: 演出时间：…, 活动地点：…)
    r"(?:演出|活动|比赛|展出|放映|举办)(?:时间|地点)|"
    r"被?投诉人|被?申请人|相关供应商|第三人|当事人|"
    # (and who wrote to a message board: 留言人：某镇群众)
    r"(?:留言|来信|来电|反映|提问|咨询)人)\s*[：:]"
)
_FORM_LINE = re.compile(
    rf"{_FORM_LABEL}\s*[：:]\s*[^。；：\u3000]{{1,30}}?"
    rf"(?:[\s\u3000]+{_FORM_LABEL}\s*[：:]\s*[^。；：\u3000]{{1,30}}?)*"
    # (and what the last field goes on to list: 值班员：某某　某某, 天气：晴　西南风4级)
    r"(?:[\s\u3000]+[^\s：:。；，]{1,12})*"
)
# A commentary's signature under its headline: □ 江 南, ■ 本报评论员, ◆王小明.
_SIGNATURE_MARKS = "■□◆◇▲△●○"
_SIGNATURE = re.compile(rf"^[{_SIGNATURE_MARKS}]\s*(?P<name>(?:[\u4e00-\u9fff]\s*){{2,4}})$")
_COMMENTATOR = re.compile(
    r"^(?:本报|本刊|本台|本网|特约|[\u4e00-\u9fff]{2,8}(?:日报|晚报|时报))?评论员$"
)


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    from govdb.ingest.normalise import to_simplified

    return to_simplified


@dataclass(slots=True)
class Paragraph:
    """Text joined from one or more printed lines; offsets give each character's page index."""

    text: str
    offsets: list[int]
    # body, heading, byline, marker, dateline, caption, credit, note, footer, divider
    kind: str = "body"
    md_level: int | None = None  # 1–6 for a Markdown heading
    blank_before: bool = True  # a blank line (or the page start) precedes it
    simplified: str = field(default="")  # the same text in simplified script, for rules
    lines: int = 1
    table: bool = False  # a line of a table: a row of its own, never joined, never a heading
    # an item that ends with its line, the page's lines not being broken at a width
    closed: bool = False

    @property
    def start(self) -> int:
        return self.offsets[0]

    @property
    def end(self) -> int:
        return self.offsets[-1] + 1

    def slice(self, start: int, end: int | None = None) -> Paragraph:
        end = len(self.text) if end is None else end
        return Paragraph(
            self.text[start:end],
            self.offsets[start:end],
            self.kind,
            self.md_level,
            self.blank_before,
            self.simplified[start:end],
            self.lines,
            self.table,
            self.closed,
        )

    def strip(self) -> Paragraph:
        left = len(self.text) - len(self.text.lstrip())
        right = len(self.text.rstrip())
        return self.slice(left, max(left, right))

    @property
    def is_open(self) -> bool:
        """A body paragraph that stops mid-sentence (continued after a break or a caption)."""
        if self.table or self.closed or self.bare_figure:
            return False
        if _line_of_its_own(self.simplified.strip()):
            return False
        ended = EMOJI_AFTER.sub("", self.simplified.rstrip()).endswith(_TERMINAL)
        return self.kind == "body" and not ended

    @property
    def bare_figure(self) -> bool:
        """A figure alone on its line (a data box's, over what it counts), or after its label
        (▶ 新增城镇就业：1.2万人): a line that stands alone."""
        return self.lines == 1 and box_line(self.simplified)


def box_line(text: str) -> bool:
    """A figure, a label and its figure, or a box's short words and figures: a line that
    stands alone."""
    line = text.strip()
    return bool(
        BARE_FIGURE.fullmatch(line)
        or MARKED_FIGURE.fullmatch(line)
        or (LABELLED_FIGURE.fullmatch(line) and not _PLACE_DID.match(line))
        or LABELLED_FIGURES.fullmatch(line)
        or FIGURE_THEN_LABEL.fullmatch(line)
        or BULLETED_FIGURE.fullmatch(line)
        or (
            DATA_LINE.fullmatch(line) is not None
            and re.search(r"\d", line) is not None
            and not _DATED.search(line)  # 港闻　2025年11月21日: a page's header
        )
    )


def is_terminal(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")


def heading_like(text: str, limit: int = 40) -> bool:
    """Short, no sentence punctuation: a headline or sub-heading, not a broken body line."""
    bare = text.strip().strip("*").strip()
    # (a comma between digits parts thousands: 每分地1,800元)
    if not 2 <= len(bare) <= limit or _SENTENCE_PUNCT.search(_THOUSANDS.sub("", bare)):
        return False
    if bare.endswith(("、", "：", ":", "（", "(", "“", "「", "—", "-")) or bare.startswith(
        _CLOSING_PUNCT
    ):
        return False
    if bare.count("、") >= 2:  # an enumeration broken off a paragraph, not a headline
        return False
    return not re.fullmatch(r"[\d\W_]+", bare)


def _columns_layout(lines: list[str]) -> bool:
    """True for OCR of narrow columns: short lines that mostly stop mid-sentence."""
    body = [
        s.strip()
        for s in lines
        if s.strip()
        and not s.lstrip().startswith("#")
        # a script's cues and credits stand on lines of their own, whatever the layout
        and not SCRIPT_CUE.match(s.strip())
        and not _fields(s)
        # nor a box's lines and names, which are short whatever the page's columns, nor an
        # infographic's: led by a pictograph or an arrow (📊【接待】, ↑较上年提高2.1%) or
        # ending in their figure (民宿床位 3.1万张, 门票收入 1.6亿元 ↑8.2%)
        and not box_line(s)
        and not COLUMN_LABEL.match(s.strip())
        and not _ARROW_OR_PICTOGRAPH.match(s.strip())
        and not _FIGURE_ENDING.search(s.strip())
        # nor a list's fields and its numbered heads (办理户口迁出：1872笔, 二、居民身份证)
        and not KEY_VALUE.fullmatch(s.strip())
        and not _NUMBERED_HEAD.fullmatch(s.strip())
    ]
    if len(body) < 8 or not _wrapped(body):
        return False
    short = sum(1 for s in body if len(s) <= 24)
    open_ = sum(1 for s in body if not is_terminal(s))
    # A column's lines are all short: a page of headings over long paragraphs (a bulletin's
    # numbered items) has as many short open lines, but its paragraphs run long.
    long = sum(1 for s in body if len(s) > LONG_LINE)
    return short >= 0.6 * len(body) and open_ >= 0.6 * len(body) and long <= 0.1 * len(body)


LONG_LINE = 40
_NUMBERED_HEAD = re.compile(rf"{ITEM_NUMBER}\s*[^，。；：,;:！？!?]{{2,16}}")
_ARROW_OR_PICTOGRAPH = re.compile(rf"[↑↓→{PICTOGRAPHS}]")
# A line ending in a figure and its unit, perhaps with how it changed (茶叶产量约620吨, 接待
# 游客 1860万人次 ↑9.2%).
_FIGURE_ENDING = re.compile(
    r"(?<![\d.])\d[\d.,]*\s*(?:万|亿)?[^\s\d，。；：,;:]{0,3}(?:\s*[↑↓]\s*[\d.]+[%％])?$"
)


_REPORTED_FROM = re.compile(
    r"(?:本报)?(?:记者|特派员|通讯员)[\u4e00-\u9fff·、]{2,12}[／/][\u4e00-\u9fff]{2,8}(?:报导|报道|专电|电)"
)


def is_byline(simplified: str) -> bool:
    """Role and names only: ■本报记者 姚 肖, 通 讯 员 陆梦娇, ■ 新华社记者 **郑钰 张继业**."""
    original = simplified.strip().replace("*", "")
    if (original[:1] in _SIGNATURE_MARKS or "评论员" in original) and is_signature(original):
        return True
    loose = re.sub(r"\s+", "", original)
    if _REPORTED_FROM.fullmatch(loose):
        return True  # 记者林佩君／花莲报导: Taiwan's and Hong Kong's papers name where from
    match = _BYLINE.match(loose)
    if not match or len(loose) > 40:
        return False
    if original.startswith(("■", "□", "◆", "▲")) or match.group("role") not in ("记者", "作者"):
        return True
    # A bare 记者 starts many sentences (记者在…看到); as a byline a space or colon follows it.
    return bool(re.match(r"^(?:记者|作者)[\s：:]", original))


def is_signature(simplified: str) -> bool:
    """□ 江 南, ■ 本报评论员: a mark and a commentator's name, not a heading. A name spaced
    out to fill the line is a name whatever it is; an unspaced one opens with a surname."""
    original = simplified.strip().replace("*", "")
    loose = re.sub(r"\s+", "", original)
    if _COMMENTATOR.match(loose.lstrip(_SIGNATURE_MARKS)):
        return True
    match = _SIGNATURE.match(original)
    if not match:
        return False
    name = match.group("name").strip()
    if COLUMN_LABEL.match(re.sub(r"\s+", "", name)):
        return False
    spaced = bool(re.fullmatch(r"[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,3}", name))
    return spaced or name[0] in _SURNAMES


def is_photo_caption(simplified: str) -> bool:
    """A paragraph that says it describes a photo (图为…, …（图）, …（记者 张明 摄）)."""
    s = simplified.strip()
    return bool(_PHOTO_OPENING.match(s) or _PHOTO_CLOSING.search(s) or _ENDS_WITH_PHOTO.search(s))


_SCRIPT_KINDS = "(?:口播稿|播报稿|广播稿|解说词|文字稿)"
# A script's or a form's title printed after its label (标题：…, 留言标题：…): the label is no
# part of it.
TITLE_LABEL = re.compile(
    # (and the kind of script a headline heads: 口播稿：走进某镇收购站, 村村响广播稿：…)
    rf"^(?:(?:(?:留言|信件|来信|稿件)?(?:标题|题目)|[\u4e00-\u9fff]{{0,4}}{_SCRIPT_KINDS})\s*[：:]|"
    rf"[【\[]{_SCRIPT_KINDS}[】\]])\s*"
)
TITLE_LABELLED_MAX = 64
# A script's name alone on its line: who broadcast it and what kind of script it is.
_SCRIPT_NAME = re.compile(rf"[\u4e00-\u9fff]{{0,16}}{_SCRIPT_KINDS}")
# What an infographic's title opens with, set off by a bar or a colon: 一图读懂｜…, 图解：….
_GRAPHIC_TITLE = re.compile(
    r"(?:一图(?:读懂|看懂|速览|了解)|一张图(?:读懂|看懂)|图解|数读|数说|数看)\s*[｜|：:丨]"
)


_CREDIT_IN_BRACKETS = re.compile(
    r"[（(][^（）()]{0,20}(?:撰稿|供稿|执笔|整理|来源|编辑|审核|责编)[^（）()]{0,20}[）)]"
    # who wrote a comment, and where they work: （作者单位：某县农业农村局　某某）
    r"|[（(]作者(?:单位|系|为)[^（）()]{2,40}[）)]"
    # a broadcast's line: （播出时间：2026年3月2日 某县融媒体中心）
    r"|[（(](?:播出时间|播出日期|首播)[^（）()]{0,30}[）)]"
    # the offices that compiled it: （县委办公室　县史志办编）
    r"|[（(][^（）()，。]{2,30}(?:办|室|局|馆|委|会|中心)\s*(?:编|编印|编制|辑)[）)]"
)


def _special(simplified: str) -> str | None:
    """The kind of a line that starts a paragraph of its own, if it is one."""
    s = simplified.strip()
    if _OTHER_SCRIPT.search(s) and not _HANZI.search(s):
        return "credit"  # a line in Korean, Mongolian, Uyghur or English rendering the Chinese
    if _TAGS_LINE.fullmatch(s):
        return "credit"  # #某县 #秋收: a post's topic tags, said of it, not in it
    if s.startswith("#") and not _TOPIC_TAG.match(s):
        return "heading"
    if (
        TITLE_LABEL.match(s)
        and len(s) <= TITLE_LABELLED_MAX
        # (a headline may ask: 【口播稿】某村的水为啥越来越清？)
        and not _SENTENCE_END.search(s.rstrip("？?！!"))
    ):
        return "heading"  # 标题：… on a script's or a form's line of its own
    if _GRAPHIC_TITLE.match(s) and len(s) <= TITLE_LABELLED_MAX:
        return "heading"  # 一图读懂｜…今年干什么？: an infographic's title, question or not
    if MARKER.match(s):
        return "marker"
    if DATELINE.match(s):
        return "dateline"
    if is_byline(s):
        return "byline"
    unbold = s.replace("**", "")  # (**发布单位**：…, a Markdown page's bold label)
    if _fields(s) or _CATALOGUE_FIELD.match(unbold) or _participants(unbold):
        # 索引号：…　发布机构：…: a page's catalogue line never runs into its text, nor does
        # one field of it on its own line (文号：某农发〔2026〕12号)
        return "credit"
    if _COMPILED_BY.fullmatch(s):
        return "credit"  # 某县投资促进局　编: who compiled a brochure or a bulletin
    if _LETTERHEAD.fullmatch(s):
        return "credit"  # 某县某某局文件: the letterhead over a document's title
    if _STATUS_BAR.fullmatch(s) or _APP_BAR.fullmatch(s):
        return "credit"  # 9:41　5G　86% / ＜返回　某县发布　分享: a phone's screen, saved with it
    if _POST_COUNTS.fullmatch(s):
        return "credit"  # 转发 1268　评论 534　赞 3906: the post's counts, said of it
    if _MAIL_HEADER.match(s):
        return "credit"  # 发件人：…, 播出时间：…: an e-mail's or a broadcast's header line
    if _ADVERT.fullmatch(s):
        return "credit"  # 广告　…: an advert between a news app's headline and story
    if _MINUTES_FIELD.match(s) or _TOLD_BY.match(s):
        # 地点：…, 主持：…: each of the minutes' fields is a line of their text; so is the line
        # saying whose account a 口述 is (口述：某镇某村村民 某某　整理：…), who and where from
        return "body"
    if _DIARY_DAY.fullmatch(s):
        return "body"  # 11月10日 星期一 晴: a diary's or a log's day opens its entry
    if s.startswith(tuple(CHECK_BOXES)):
        return "body"  # ☑ 坝顶无裂缝: a form's item stands alone
    if s.startswith(tuple(BULLETS)):
        return "bullet"
    if FOOTER.search(s) or CREDIT.match(s) or DOCUMENT_NUMBER.match(s) or _page_line(s):
        return "credit"
    if _INDEX_PAGE.fullmatch(s):
        return "credit"  # 2版 after an index's headline: where the story is printed
    if ISSUE.fullmatch(s):
        return "credit"  # （2026年第5期 11月3日—11月9日）: which issue of a bulletin
    if CONTENTS.search(s):
        return "credit"  # 目录 甲……1 乙……2: the bulletin's contents
    if _ISSUED.fullmatch(s) or _ISSUE_OF.fullmatch(s) or _DATED_BY_FIELD.fullmatch(s):
        # 某县委办公室　2026年11月28日: who issued it and when; 某镇市场信息中心　2026年第36期:
        # who put out which issue
        return "credit"
    if DISTRIBUTION.match(s):
        return "credit"  # 报：县委主要领导 / 送：各乡镇 / （共印30份）: who a bulletin went to
    if _CREDIT_IN_BRACKETS.fullmatch(s):
        return "credit"  # （撰稿：某某）, （某镇人民政府供稿）: who wrote or sent it in
    if _NOTE_IN_BRACKETS.fullmatch(s) or _AS_OF.fullmatch(s):
        return "credit"  # （2026年3月经村民代表大会讨论通过）: a note on the text under its title
    if (_POSTED.match(s) and ":" in s) or _posted(s):
        return "credit"  # a posting time with its clock time never carries on a paragraph
    if _DATE_AND_FIELDS.fullmatch(s):
        return "credit"  # 2027年3月5日　星期五　单位：元/公斤: the day a board or a log is of
    if _SECTION_AND_DATE.fullmatch(s):
        return "credit"  # 港闻　2025年11月21日, 地方新闻　民国114年11月19日: the page's header
    if _DIVIDER.fullmatch(s):
        return "divider"  # ＊　＊　＊ between two stories: printed, but no text of either
    return None


# Letters of the scripts a bilingual page prints beside Chinese: Latin, Cyrillic, Arabic
# (Uyghur, Kazakh), Mongolian, Tibetan, Hangul.
_OTHER_SCRIPT = re.compile(
    r"[A-Za-z\u0400-\u04ff\u0600-\u06ff\u1800-\u18af\u0f00-\u0fff\uac00-\ud7af]{2}"
)
_INDEX_PAGE = re.compile(r"(?:第\s*)?[A-Z]?\d{1,2}\s*版")
# A page's section and its date, with nothing else: 港闻　2025年11月21日 星期五. Taiwan's
# papers count years from 1912 (民国114年 is 2025).
_SECTION_AND_DATE = re.compile(
    r"[^\s，。；：:]{2,10}\s+(?:\d{4}|民国\s*\d{2,3})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?"
)
# A row of ornaments a page prints between two stories or two parts of one: ＊ ＊ ＊, ※※※, ★★★;
# or the rule a newsletter sent as plain text draws between its items: =====, ------.
_DIVIDER = re.compile(r"(?:[*＊※★☆◇◆○●△▲#＃~～]\s*){2,}|[=＝\-－_＿—]{3,}")


# A newspaper page's header: its outlet, date and page (菏泽日报 2026年11月12日 星期四 第2版 要闻).
# A date as printed: 2026年11月12日.
_DATE_LINE = re.compile(rf"(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{_DATE_IN_WORDS})")
# A day with its weekday and a field or two, on a line of its own over a board's or a log's
# entries: 2027年3月5日　星期五　单位：元/公斤.
_DATE_AND_FIELDS = re.compile(
    # (the weekday perhaps in brackets: 2026年1月19日（星期一）　来源：…)
    # (or a year of the Republic, as Taiwan's papers count: 民国114年11月18日)
    rf"(?:{_DATE_LINE.pattern}|民国\s*\d{{2,3}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"
    r"(?:\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?"
    r"(?:\s*[\u4e00-\u9fff]{2,6}[：:]\s*[^\s。；，]{1,16})+"
)
_PAGE_NUMBER = r"第\s*[A-Z０-９]?\d{1,3}\s*版"
# The date and the page's number, in either order (…2026年11月12日 星期四 第2版, 第2版 2026年…).
_PAGE_LINE = re.compile(
    rf"{_DATE_LINE.pattern}.{{0,12}}?{_PAGE_NUMBER}|{_PAGE_NUMBER}.{{0,12}}?{_DATE_LINE.pattern}"
    # …or the page's bare number opening the line, before its outlet and section: 03　某县新闻·综合
    rf"|^[A-Z]?\d{{1,2}}[ \t\u3000]+[^\s，。；：:]{{2,16}}[ \t\u3000]+{_DATE_LINE.pattern}"
    # …or the date first and the page's label last: 2026年4月9日 星期四　某某日报　县域　A3
    rf"|^{_DATE_LINE.pattern}[^，。；]{{0,36}}[ \t\u3000][A-H]\d{{1,2}}$"
)
PAGE_LINE_MAX = 60


def _page_line(s: str) -> bool:
    """The page's header line, printed over its articles: no headline of theirs. (A scan
    spreads it over the page's width: its run of spaces counts as one.)"""
    s = re.sub(r"\s+", " ", s)
    return len(s) <= PAGE_LINE_MAX and bool(_PAGE_LINE.search(s))


def paragraphs(text: str) -> list[Paragraph]:
    """The page's paragraphs in order, lines joined, each classified."""
    spans = [part for span in line_spans(text) for part in _header_parts(text, span)]
    spans = side_by_side(text, spans)
    spans = _post_headline_apart(text, spans)
    # Paragraphs are kept in reading order, which two columns read side by side make
    # different from the order of their offsets on the page.
    reading_order = {start: number for number, (start, _end) in enumerate(spans)}
    raw_lines = [text[a:b] for a, b in spans]
    simplified_lines = [_t2s()(line) for line in raw_lines]
    in_table = _table_lines(simplified_lines) | _barred_rows(simplified_lines)
    # (a table's rows, saved a cell a line perhaps, are short lines of no narrow column)
    columns = _columns_layout(
        [line for i, line in enumerate(simplified_lines) if i not in in_table]
    )
    # The first line may be a headline, under a post's chrome (its account, when it went up).
    top = _chrome_lines(simplified_lines)
    heads = _page_heads(simplified_lines)
    whole = not columns and _whole_lines(simplified_lines[top + 1 :])
    width = _column_width(simplified_lines) if columns else 0
    wrapped = columns or _wrapped(simplified_lines)
    result: list[Paragraph] = []
    current: Paragraph | None = None
    blank = True
    for number, ((start, _end), line, simple) in enumerate(
        zip(spans, raw_lines, simplified_lines, strict=True)
    ):
        if number in in_table:
            # Each line of a table is a row of its own: unpunctuated, it would otherwise be
            # read as a heading or run into the lines around it.
            if current is not None:
                result.append(current)
                current = None
            result.append(
                Paragraph(
                    line, list(range(start, start + len(line))), simplified=simple, table=True
                )
            )
            result[-1].blank_before = blank
            blank = False
            continue
        if not line.strip():
            if current is not None:
                result.append(current)
                current = None
            blank = True
            continue
        if FOLIO.fullmatch(simple.strip()):
            # —3— between two lines of a paragraph: the page's number, which the paragraph
            # runs across.
            folio = Paragraph(line, list(range(start, start + len(line))), "credit", None, blank)
            folio.simplified = simple
            result.append(folio)
            continue
        special = "credit" if number in heads else _special(simple)
        if number + 1 < len(simplified_lines) and _account_over(
            simple, simplified_lines[number + 1]
        ):
            special = "credit"  # 某县发布 / 原创 2026-03-09 08:00: the account, over its post
        if _SCRIPT_NAME.fullmatch(simple.strip()) and any(
            TITLE_LABEL.match(other.strip()) for other in simplified_lines[number + 1 : number + 3]
        ):
            special = "credit"  # 某台广播稿 / 标题：…: whose script, over its title
        near = (
            simplified_lines[max(0, number - 2) : number]
            + simplified_lines[number + 1 : number + 3]
        )
        if (_SUBJECT_LINE.match(simple.strip()) or not result) and any(
            _SENDER.match(other.strip()) for other in near
        ):
            # 主题：… among 发件人：…, 发送日期：…: the e-mail's subject, in its header; and the
            # newsletter's name over them, the page's first line
            special = "credit"
        if special is None and _subtitle(
            simple, current or (result[-1] if result else None), columns
        ):
            special = "subtitle"
        # The page's first line over a story's opening words (近日，…) or over whole
        # paragraphs: a headline, ending no sentence though it may.
        opening = (
            # nothing but a post's chrome above, or a column's tag atop the page (【健康科普】)
            all(r.kind == "credit" or _TAG_LINE.fullmatch(r.simplified.strip()) for r in result)
            and current is not None
            and current.lines == 1
            and (
                whole
                or _LEAD_OPENING.match(simple.strip()) is not None
                # (a post's line saying when it went up, over its title: 原创　2026-05-04 19:26)
                or (bool(result) and posting_line(result[-1]))
            )
        )
        # the line after a divider (=====, ＊　＊　＊) heads what follows it
        headed = bool(result) and result[-1].kind == "divider" and current is not None
        if (
            current is not None
            and special is None
            and not (headed and current.lines == 1 and heading_like(current.simplified))
            and _continues(current, simple, columns, wrapped=wrapped)
            and not _headline_in_column(current, simple, width)
            and not (opening and len(current.simplified.strip()) <= HEADLINE_COMMA_MAX)
        ):
            _join(current, line, simple, start)
            continue
        if current is not None:
            result.append(current)
        current = Paragraph(
            line, list(range(start, start + len(line))), special or "body", None, blank, simple
        )
        if special == "heading" and simple.lstrip().startswith("#"):
            stripped = simple.strip()
            current.md_level = min(len(stripped) - len(stripped.lstrip("#")), 6)
        blank = False
        if special not in (None, "marker", "dateline", "bullet") and not _label(current):
            # Headings, bylines and credits stand alone; a marker, a dateline or a bullet
            # opens a paragraph that continues on the next lines.
            result.append(current)
            current = None
    if current is not None:
        result.append(current)
    # A folio held a paragraph open: the paragraph goes first, as it began first.
    result.sort(key=lambda p: reading_order.get(p.offsets[0], 0) if p.offsets else 0)
    kept = [p.strip() for p in result if p.text.strip()]
    for p in kept:
        # (a marked line heads what follows it or is a point of its own, whatever its end)
        text = p.simplified.strip()
        p.closed = not wrapped and text[:1] not in BULLETS and _item_line(text)
    # The page's first text: a post's chrome (its account, when it went up) may stand over it.
    opening = next((i for i, p in enumerate(kept) if p.kind != "credit"), 0)
    classified = [_classify(p, first=index == opening) for index, p in enumerate(kept)]
    if _bracketed_under_account(classified[opening : opening + 2]):
        # 某县人社 / 【…】: the account's name, chrome, over its post's title
        classified[opening].kind = "credit"
        classified[opening + 1].kind = "heading"
    elif _outlet_over_tagged_headline(classified[opening : opening + 2]):
        classified[opening].kind = "credit"  # 某县融媒体中心 / 【数读】…: who put it out
    tagged = _TAG_LINE.fullmatch(classified[opening].simplified.strip()) if classified else None
    headline = opening + 1 if tagged else opening
    if _over_the_writer(classified[headline : headline + 2]):
        # 【急救现场】 / 68分钟，从山村到导管室 / 本报记者 某某: the headline, its comma and all
        classified[headline].kind = "heading"
    for index, (p, after) in enumerate(pairwise(classified)):
        if _TOLD_BY.match(p.simplified.strip()):
            # 口述：某某（某村村医） over 整理：本报记者 某某: who tells it, no headline, and who
            # wrote it down, no byline opening another story
            if after.kind == "byline":
                after.kind = "credit"
            continue
        if (
            (
                index == opening
                and p.kind == "body"
                and p.lines == 1
                and (
                    _SUBTITLED.fullmatch(p.simplified.strip())
                    # (【某某观察】…，…: a column's tag and a headline with its comma, one line)
                    or (not wrapped and _TAGGED_HEADLINE.fullmatch(p.simplified.strip()))
                    # (a headline saying something, commas and all, over who tells it)
                    or (_TOLD_BY.match(after.simplified.strip()) and _quoted_headline(p.simplified))
                )
            )
            or _headline_block(p, after)
            or _headline_with_comma(
                p,
                after,
                first=index == opening,
                whole=whole,
                over=classified[index - 1] if index else None,
            )
            or _headline_over_dateline(p, after)
            or _headline_over_subtitle(p, after)
            or _message_title(p, after)
        ):
            p.kind = "heading"
        elif (
            _issuer(p, after, classified[index - 1] if index else None)
            or _page_title(p, after)
            # (the line over it read past a translation of the title: a credit)
            or _issuer_under(
                p,
                after,
                next((q for q in reversed(classified[:index]) if q.kind != "credit"), None),
            )
        ):
            p.kind = "credit"
        elif _marked_headline(p, after) or _dated_item(p, after):
            p.kind = "heading"
        elif p.kind == "heading" and after.kind == "body" and dated_item(after):
            p.kind = "credit"  # 某区人民政府　工作动态 over the list: the site's page, no headline
        elif (
            p.kind == "body"
            and p.bare_figure
            and (
                BARE_FIGURE.fullmatch(p.simplified.strip())
                or MARKED_FIGURE.fullmatch(p.simplified.strip())
            )
            and after.kind == "heading"
            and not after.blank_before
        ):
            after.kind = "body"  # 2.3万人 / 新增城镇就业: what the figure counts, not a heading
        elif (
            p.kind == "heading"
            and index > opening
            and classified[index - 1].kind == "heading"
            and p.lines == 1
            and _BOX_LABEL_LINE.fullmatch(p.simplified.strip())
            and after.kind == "body"
            and after.bare_figure
            and not after.blank_before
            and BARE_FIGURE.fullmatch(after.simplified.strip())
        ):
            # ▶ 调控目标 / 能繁母猪保有量 / 2.4万头: under a part's head, the words over a
            # figure say what it counts
            p.kind = "body"
        elif (
            after.kind == "heading"
            and not after.blank_before
            and BULLETED_FIGURE.fullmatch(p.simplified.strip())
            and _DIGIT.search(after.simplified)
        ):
            after.kind = "body"  # ▶ 地方税收 5.2亿元 / 较上年增加0.9亿元: the item's note
        elif (
            p.kind == "heading"
            and after.kind == "heading"
            and ONE_NAME.fullmatch(after.simplified.strip())
        ):
            after.kind = "byline"  # 陈望舒 on its own line under a commentary's headline
        elif _credited_photo(p, after):
            p.kind = "caption"
            after.kind = "credit"  # the photographer's, not the story's author
    _related_lists(classified)
    _labelled_points(classified)
    _headline_under_tag(classified)
    _field_runs(classified)
    _contents(classified)
    _running_heads(classified)
    _bulleted_stories(classified)
    _tagged_briefs(classified)
    _timed_briefs(classified)
    _marked_parts(classified)
    _numbered_briefs(classified)
    _listed_points(classified)
    _introduced_items(classified)
    for index, p in enumerate(classified):
        if p.kind == "heading" and (
            _ISSUED.fullmatch(p.simplified.strip()) or _SIGNED.fullmatch(p.simplified.strip())
        ):
            # 某市农业农村局　2026年9月18日: who issued it and when, one line; 某乡公所　乡长
            # 王某: who signed it for the office
            p.kind = "credit"
        elif p.kind == "heading" and index and _bodies_only(p.simplified):
            p.kind = "credit"  # 某县农业农村局　市场信息科: who issued it, under its title
        elif p.kind == "heading" and index and _PARTY.match(p.simplified.strip()):
            p.kind = "body"  # 甲方：某村村民委员会: an agreement's parties open its text
        elif p.kind == "heading" and _SEALS.fullmatch(p.simplified.strip()):
            p.kind = "credit"  # 甲方（盖章）　乙方（盖章）: where the parties seal it
        elif (
            p.kind == "heading"
            and _SEVERAL_FIELDS.fullmatch(p.simplified.strip())
            and not (index + 1 < len(classified) and classified[index + 1].kind == "heading")
        ):
            # 站点：某村　负责人：某某　填报单位：… over the form's entries: its first line, no
            # headline (over the title of a telegram, 发电单位：…　签发：…, they head it)
            p.kind = "body"
        elif (
            p.kind == "heading"
            and index + 1 < len(classified)
            and classified[index + 1].kind == "heading"
            and _OFFICE_COLUMN.fullmatch(p.simplified.strip())
            and not DOCUMENT_KIND.search(p.simplified.strip())
        ):
            p.kind = "credit"  # 某县卫生健康局　健康科普 over the headline: whose column it is
    return classified


# A party to an agreement, named on a line of its own (甲方：…, 乙方（承租方）：…), and the line
# where the parties sign or seal it.
_PARTY = re.compile(r"[甲乙丙丁]方\s*(?:[（(][^（）()]{1,8}[）)])?\s*[：:]\s*\S")
_SEALS = re.compile(r"(?:[甲乙丙丁]方\s*[（(](?:盖章|签章|签字|签名)[）)]\s*[：:]?\s*)+")
# How the name of a body that issues documents ends: 某县人民政府, 某县统计局, 某某领导小组.
ISSUER_ENDING = (
    r"(?:政府|委员会|办公室|办公厅|办事处|小组|指挥部|局|厅|委|办|部|院|会|中心|处|所|站|社|"
    r"气象台|调查队)"
)
# Who issues a bulletin or a notice, signed over its date: 某县统计局 / 2026年11月5日.
_ORGANISATION = re.compile(rf"[\u4e00-\u9fff（）()]{{2,30}}{ISSUER_ENDING}")
# …and who compiled a bulletin or a brochure, one office or several, perhaps with the day
# (某县商务局编　2026年6月20日, 某局　某中心　联合制作), or whose letterhead a document bears
# (某县某某局文件).
_COMPILED_BY = re.compile(
    rf"{_ORGANISATION.pattern}(?:\s+{_ORGANISATION.pattern})*\s*(?:联合)?"
    # (or put out together: 某县气象台　某县水利局　联合发布)
    r"(?:编|编印|编制|印制|制作|出品|制表|制图|制|发布|供稿|供图)(?:\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?"
)
_OFFICES_LINE = re.compile(rf"{_ORGANISATION.pattern}(?:[\s\u3000]+{_ORGANISATION.pattern})+")
_LETTERHEAD = re.compile(rf"{_ORGANISATION.pattern}\s*文\s*件")
# …and the programme or section it went out in: 某县融媒体中心　2026年10月14日　《某县新闻》.
_ISSUED = re.compile(
    _ORGANISATION.pattern
    + r"(?:\s*《[^》]{1,16}》)?\s+"  # …or printed before the date: 某县融媒体中心《某县新闻》
    + _DATE_LINE.pattern
    # (…and the hour it was put out, as a bulletin prints it: 2026年12月4日16时发布)
    + r"(?:\s*\d{1,2}\s*(?:时|点)(?:\d{1,2}分)?\s*发布)?"
    + r"(?:\s*《[^》]{1,16}》)?"
)


_SIGNER = r"(?:[乡镇县市区村]长|局长|主任|所长|处长|书记|理事长|主席|院长|站长)"
_SIGNED = re.compile(_ORGANISATION.pattern + rf"\s+{_SIGNER}\s*[\u4e00-\u9fff]{{2,4}}")


def _bodies_only(line: str) -> bool:
    """A line of two or more names of bodies and offices, set apart by spaces, perhaps saying
    they issued it (某县气象局　某县农业农村局联合发布)."""
    parts = _ISSUED_BY.sub("", line.strip()).split()
    return len(parts) >= 2 and all(_OFFICE.fullmatch(part) for part in parts)


# An office's name and the name of its column, over a headline (某县卫生健康局　健康科普)…
_OFFICE_COLUMN = re.compile(rf"{_ORGANISATION.pattern}[\s\u3000]+[\u4e00-\u9fff]{{2,6}}")
# …not the kind of document it issues (某县人民政府　通告), which is the title.
DOCUMENT_KIND = re.compile(
    r"(?:表|报告|方案|通知|公告|通告|通报|纪要|清单|简报|办法|意见|公示|决定|规划|手册|指南|"
    r"批复|函|令|规定)$"
)
_ISSUED_BY = re.compile(r"(?:联合)?(?:发布|印发|编印|编)$")
# (a hotline's number may be part of its name: 某市12345热线管理中心)
_OFFICE = re.compile(
    rf"(?=[^\d]*(?:\d{{3,6}}[^\d]*)?$)[\u4e00-\u9fff][\u4e00-\u9fff（）()\d]{{1,29}}"
    rf"(?:{ISSUER_ENDING}|科|股|室|队)"
)
# …or the sender and the day as a notice's fields: 某乡农会　供销部　发文日期：民国114年10月20日.
_DATED_BY_FIELD = re.compile(
    r"[^，。；：:]{2,40}(?:发文|发布|成文|印发)日期\s*[：:]\s*[^\s，。；]{6,20}"
)
_ISSUE_OF = re.compile(
    rf"[\u4e00-\u9fff（）()]{{2,30}}(?:{ISSUER_ENDING}|队|室|科|股)\s*"
    # (or the stretch of time a register or a log covers: 某镇巡查队　2026年第二季度)
    r"(?:(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*期|\d{4}\s*年\s*(?:第?[一二三四1-4]季度|[上下]半年|"
    r"\d{1,2}\s*月份?|度))"
    # (the issue's month after it: 某中心　第38期　2026年11月)
    r"(?:\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?"
)
# The issue an office's line may print after its name: 某县交通运输局（2026年第3期）.
_ISSUE_AFTER = re.compile(r"\s*[（(]\s*(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*期\s*[）)]$")


def _issuer(p: Paragraph, after: Paragraph, over: Paragraph | None) -> bool:
    """An organisation's name alone on its line, over a date alone on its: the issuer and date
    of a bulletin or a notice, under its title or at its end, not a headline. A date in
    brackets (（2026年1月15日）) dates the title too: its issuer is a line under the title."""
    date = after.simplified.strip()
    return (
        p.kind == "heading"
        and bool(_ORGANISATION.fullmatch(p.simplified.strip()))
        and after.kind == "credit"
        and bool(
            _DATE_LINE.fullmatch(date)
            or (_DATE_IN_BRACKETS.match(date) and over is not None and over.kind == "heading")
        )
    )


_FIRST_PART = re.compile(r"(?:一、|（一）|\(一\)|1[．.、])")


def _issuer_under(p: Paragraph, after: Paragraph, over: Paragraph | None) -> bool:
    """某县欠薪整治办公室 on its line right under a bulletin's title (`over`), over its text:
    who issues it, not a second part of the headline."""
    return (
        over is not None
        and over.kind == "heading"
        and p.kind == "heading"
        # over its text, or over the text's first numbered part (一、总体情况)
        and (
            after.kind in ("body", "dateline")
            or _FIRST_PART.match(after.simplified.strip()) is not None
        )
        and bool(_OFFICE.fullmatch(_ISSUE_AFTER.sub("", p.simplified.strip())))
        and not _OFFICE.fullmatch(over.simplified.strip())
        # (under a bulletin's name its first item's headline: 某镇建成冷链分拨中心)
        and not COLUMN_LABEL.match(over.simplified.strip())
    )


def _credited_photo(p: Paragraph, after: Paragraph) -> bool:
    """A paragraph of its own with the photographer's credit on the line right under it
    (…拍照留念。/ 本报记者 张明 摄): a photo's caption, not the end of the story above."""
    return (
        p.kind == "body"
        and p.blank_before
        and not after.blank_before
        and after.kind in ("credit", "byline")
        and len(p.simplified) <= PHOTO_CAPTION_MAX
        and is_photo_credit(after.simplified)
    )


def is_photo_credit(simplified: str) -> bool:
    """A line that credits a photographer and says nothing else: 本报记者 张明 摄."""
    s = simplified.strip()
    return len(s) <= PHOTO_CREDIT_MAX and bool(_ENDS_WITH_PHOTO.search(s))


PHOTO_CREDIT_MAX = 30


def _bulleted_stories(paragraphs: list[Paragraph]) -> None:
    """■ 本报讯 … under a headline, then more ■ paragraphs: one story printed with a mark
    before each paragraph, not a column of briefs; its paragraphs run to the next heading."""
    story = False
    previous = None
    for p in paragraphs:
        marked = p.simplified.lstrip().startswith(tuple(BULLETS))
        if p.kind == "dateline" and marked:
            story = previous is not None and previous.kind == "heading"
        elif p.kind == "brief" and marked and previous is not None and previous.kind == "heading":
            # 某某价格周报（5月6日—5月10日） over ■5月6日　…: a report of the days its title
            # spans, one entry a day, not a column of briefs
            story = _SPAN_TITLE.search(previous.simplified) is not None
            if story:
                p.kind = "body"
        elif p.kind == "brief" and story:
            p.kind = "body"
        elif p.kind == "heading":
            story = False
        if p.kind not in ("credit", "footer"):
            previous = p


# A title's span of days in brackets: （5月6日—5月10日）.
_SPAN_TITLE = re.compile(r"[（(]\d{1,2}月\d{1,2}日\s*[—–\-至~～]+\s*\d{1,2}月\d{1,2}日[）)]")


# A paragraph opening with the place it is from or the day it happened in brackets:
# 【某某镇】17日，镇里…, 【11月3日】某镇入选…
ITEM_TAG = re.compile(
    r"[【\[]\s*(?:[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|村|社区|县|区|市|旗)|\d{1,2}月\d{1,2}日)"
    r"\s*[】\]]\s*\S"
)


def _tagged_briefs(paragraphs: list[Paragraph]) -> None:
    """A digest's items, each a paragraph opening with its place or its day in brackets
    (【东川镇】…, 【11月3日】…), two or more in a row: briefs, one story each, not one
    article's paragraphs. A tag that names a topic (【基本情况】) heads a section instead."""
    run: list[Paragraph] = []
    for p in [*paragraphs, None]:
        if p is not None and p.kind in ("credit", "footer"):
            continue
        if p is not None and p.kind in ("body", "short") and ITEM_TAG.match(p.simplified.strip()):
            run.append(p)
            continue
        if len(run) >= 2:
            for item in run:
                item.kind = "brief"
        run = []


def _marked_parts(paragraphs: list[Paragraph]) -> None:
    """▶ 覆盖范围 / 全区3个街道 / 配备快检员36名 / ▶ 下一步 …: under an infographic's marked,
    numbered or tagged head (01 建设目标, 【图1】总量), its short unmarked lines are the part's
    items, figures or words, not headings, each ending with its line. A story's marked
    sub-head (■ 合作社统一收购) heads paragraphs of sentences instead."""
    part = False
    for i, (p, after) in enumerate(pairwise([*paragraphs, None])):
        text = p.simplified.strip()
        if p.kind in ("credit", "footer", "divider") or p.blank_before:
            part = False
        if (
            (text[:1] in BULLETS and _PART_NAME.fullmatch(text[1:].strip()))
            or _PART_HEAD.fullmatch(text)
            or _TAGGED_PART.fullmatch(text)
        ) and not COLUMN_LABEL.match(re.sub(r"\s+", "", text.lstrip(BULLETS))):
            part = (
                p.kind in ("heading", "body")
                and not _heads_text(text, after)
                and not _over_a_byline(paragraphs[i + 1 :])
                # (【访谈】 atop the page: the column's tag over the headline)
                and not (_TAGGED_PART.fullmatch(text) and _atop(paragraphs[:i]))
            )
            continue
        if (
            part
            and p.kind == "heading"
            and text[:1] not in BULLETS
            and not _BRACKETED.fullmatch(text)  # (（某县融媒体中心　某某）: who sent it)
            and not _heads_text(text, after)  # (a story's headline under a column's tag)
        ):
            p.kind = "body"
            p.closed = True  # an item of the part, ending with its line


_TAG_LINE = re.compile(r"【[^【】]{1,8}】")


def _over_the_writer(lines: list[Paragraph]) -> bool:
    """The page's first line of words, short and ending no sentence, over the writer's line."""
    if len(lines) < 2:
        return False
    line = lines[0].simplified.strip()
    return (
        lines[0].kind == "body"
        and lines[0].lines == 1
        and len(line) <= HEADLINE_COMMA_MAX
        and not is_terminal(line)
        and _SENTENCE_END.search(line) is None
        and lines[1].kind == "byline"
    )


def _headline_under_tag(paragraphs: list[Paragraph]) -> None:
    """【问政直播】 / 某事为啥…？某局局长回应: the line under a column's tag atop the page is
    the headline, a question in it or not, when it ends no sentence."""
    for i, p in enumerate(paragraphs[:-1]):
        after = paragraphs[i + 1]
        text = after.simplified.strip()
        if (
            p.kind == "heading"
            and _TAG_LINE.fullmatch(p.simplified.strip())
            and _atop(paragraphs[:i])
            and after.kind == "body"
            and after.lines == 1
            and len(text) <= _TAGGED_HEADLINE_MAX
            and not is_terminal(text)
            and not re.search(r"[。，；,;]", text)
        ):
            after.kind = "heading"
        if p.kind not in ("credit", "footer", "divider"):
            return


_TAGGED_HEADLINE_MAX = 40


def _atop(above: list[Paragraph]) -> bool:
    """Nothing but the page's furniture before this line."""
    return all(q.kind in ("credit", "footer", "divider") for q in above)


def _over_a_byline(below: list[Paragraph]) -> bool:
    """【一线直击】 / 某镇的夜 / ——某村护河队纪实 / 记者 某某: headlines under a column's tag,
    the writer's line under them; a story begins, not a part of an infographic."""
    lines = list(takewhile(lambda q: q.kind == "heading", below))
    after = below[len(lines)] if len(lines) < len(below) else None
    return bool(lines) and after is not None and after.kind in ("byline", "dateline")


def _heads_text(text: str, after: Paragraph | None) -> bool:
    """Whether a line heads text: a story's paragraph of sentences, or a box's figure under its
    label (快检样品 / 18562批次)."""
    return after is not None and (
        (after.bare_figure and not _DIGIT.search(text))
        or (
            after.kind in ("body", "dateline", "brief")
            and (is_terminal(after.simplified) or len(after.simplified.strip()) > LONG_LINE)
        )
    )


_PART_NAME = re.compile(r"[^\s，。；：:！？!?]{2,12}")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
# …or its numbered or tagged head: 01 建设目标, 【图1】总量.
_TAGGED_PART = re.compile(r"【[^】]{1,6}】\s*[^\s，。；：:！？!?]{0,8}")


def _timed_briefs(paragraphs: list[Paragraph]) -> None:
    """A rolling news feed's items under its name (滚动快讯), each a paragraph led by the time
    it went out and telling its news in sentences (08:10　某街道…。), three or more in a row:
    briefs, one story each. A live report's entries, under the event's headline, are one story
    told in turn; a programme's (19:30　3. 舞蹈《…》) name what is on and tell no news."""
    run: list[Paragraph] = []
    above: list[Paragraph] = []  # the headings right over the run
    for p in [*paragraphs, None]:
        if p is not None and p.kind in ("credit", "footer"):
            continue
        if p is not None and p.kind == "body" and TIMED_ITEM.match(p.simplified.strip()):
            run.append(p)
            continue
        fed = any(COLUMN_LABEL.match(re.sub(r"\s+", "", q.simplified)) for q in above[-2:])
        if len(run) >= TIMED_BRIEFS_MIN and fed:
            for item in run:
                item.kind = "brief"
            if _DAY.fullmatch(above[-1].simplified.strip()):
                above[-1].kind = "credit"  # 12月3日 over the feed: the day its times are of
        run = []
        above = [*above, p] if p is not None and p.kind == "heading" else []


TIMED_BRIEFS_MIN = 3
_DAY = re.compile(
    r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?"
)
TIMED_ITEM = re.compile(r"\d{1,2}[:：]\d{2}\s+[^\d\s][^。！？]{12,}[。！？]")


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Who took a photo, closing its caption: （摄影 某某）, （图/某某）, （某某 摄）.
_PHOTOGRAPHER = re.compile(
    r"[（(](?:(?:摄影|图片|图)\s*[：:/／]?\s*[\u4e00-\u9fff·]{2,8}|[^（）()]{2,12}摄(?:影)?)[）)]$"
)
# A photo column's tag and the picture story's own headline after it: 图片新闻｜某村的新产业.
# (图说｜… over captions heads photos each a story of its own, as the earlier pages print it)
PICTURE_STORY = re.compile(
    r"\s*【?(?:图片新闻|图片报道)】?\s*[｜|丨：:]?\s*[\u4e00-\u9fff“]{2,}[：:]?[\u4e00-\u9fff“]{2}"
)
# What leads into a digest's numbered items: 今日要闻↓, 新闻速览, 一周简讯.
_NEWS_LEAD_IN = re.compile(r"要闻|速览|简讯|快讯|简报|新闻|早知道|资讯")
NUMBERED_BRIEFS_MIN = 3


# A fact sheet's field: a short label, its colon and its value (园区名称：某某产业园).
# (a label of two characters may be spaced out to line up with longer ones: 店　名：)
KEY_VALUE = re.compile(
    r"(?:[\u4e00-\u9fff\d]{2,8}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff])"
    r"[：:]\s*[^：:。；;]{1,60}"
)


FIELD_RUN_MIN = 3
FIELD_CARD_MIN = 4
_TITLE_FIELD = re.compile(r"(?:标\s*题|题\s*目|事\s*由)[：:]")
# A form's line of fields, several set apart by spaces (检查时间：5月12日　检查人：某某).
# (a label may say what it holds in brackets: 乡镇（村）：某镇某村)
_ONE_FIELD = r"[\u4e00-\u9fff][\u4e00-\u9fff\d（）()]{1,9}[：:]\s*[^：:。；;\s]{1,30}"
_FIELDS_LINE = re.compile(rf"{_ONE_FIELD}(?:\s+{_ONE_FIELD})*")
_SEVERAL_FIELDS = re.compile(rf"{_ONE_FIELD}(?:\s+{_ONE_FIELD})+")


def field_line(simplified: str) -> bool:
    """A line of one field or several: 所在位置：某镇, 库容：42万立方米　坝高：9.5米."""
    s = simplified.strip()
    return bool(KEY_VALUE.fullmatch(s) or _FIELDS_LINE.fullmatch(s))


def _field_runs(paragraphs: list[Paragraph]) -> None:
    """Three or more lines of fields, one after another, most of them figures (占地面积：约3100亩
    / 落户企业：58家, or a form's 库容：42万立方米　坝高：9.5米), are a fact sheet's text,
    however short and unpunctuated: no headlines (a lone 某地：… line may be one, and a form's
    案由：… its title)."""
    run: list[Paragraph] = []
    credits: list[Paragraph] = []  # (走访方式：上门走访 among them: a field read as a credit)
    for index, p in enumerate([*paragraphs, None]):
        if p is not None and p.lines == 1 and field_line(p.simplified):
            if p.kind == "credit":
                credits.append(p)
                continue
            if p.kind in ("heading", "body"):
                run.append(p)
                continue
        # (a headline that reads as a field, 某县：…, over a page's credits is no run)
        following = islice(paragraphs, index, None)
        if len(run) >= 2 and (
            _several_fields_each(run) or _fields_are_text(run, credits, following)
        ):
            for line in run:
                line.kind = "body"
        run, credits = [], []


def _fields_are_text(
    run: list[Paragraph], credits: list[Paragraph], following: Iterable[Paragraph]
) -> bool:
    """Whether a run of field lines (and the fields read as credits among them) is a fact
    sheet's text: three fields or more, most of them figures, or over fields written out in
    sentences, or a card of them."""
    fields = run + credits
    if len(fields) < FIELD_RUN_MIN:
        return False
    figures = sum(1 for q in fields if _DIGIT.search(q.simplified))
    # (a sign's fields in words, 项目名称：… / 建设地点：…, over fields written out in
    # sentences, 建设内容：新建…。 / 总投资：…。, are its text too)
    texts = sum(1 for _ in takewhile(_labelled_text, following))
    # (or a card of four fields and more, one a line: 店名 / 始创 / 店址 / 传人; but a
    # telegram's or a form's header block names the document's title among its fields,
    # 标题：…, which stays its headline)
    card = len(run) >= FIELD_CARD_MIN and not any(
        _TITLE_FIELD.match(q.simplified.strip()) for q in run
    )
    return 2 * figures >= len(fields) or texts >= 2 or card


def _several_fields_each(run: list[Paragraph]) -> bool:
    """A form's lines of several fields each (养殖地点：…　养殖主体：… / 进雏数量：…　…)."""
    return sum(1 for q in run if _SEVERAL_FIELDS.fullmatch(q.simplified.strip())) >= 2


def _labelled_text(p: Paragraph) -> bool:
    """建设内容：新建晾晒场3200平方米…。: a field's label over its sentences."""
    return p.kind == "body" and _FIELD_LABEL.match(p.simplified.strip()) is not None


_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[：:](?!\s*$)")


def _page_heads(lines: list[str]) -> set[int]:
    """The lines of a running head that is not the title: printed at the top of every page, over
    the title on the first (某县某局　工作报告 / 某县…报告) and under the folio that ends each
    page before the next (第 1 页 共 2 页 / 某县某局　工作报告)."""
    printed = [(number, line.strip()) for number, line in enumerate(lines) if line.strip()]
    if len(printed) < 3:
        return set()
    first, under = printed[0][1], printed[1][1]
    after_folio = {line for (_, before), (_, line) in pairwise(printed) if FOLIO.fullmatch(before)}
    # (the head prints its halves apart, 某局　　工作报告; a title repeated over the pages, over
    # the office that issued it, is the title, which _running_heads deals with)
    if (
        first not in after_folio
        or not _HALVES.search(first)
        or not heading_like(under)
        or _ORGANISATION.fullmatch(under)
    ):
        return set()
    return {number for number, line in printed if line == first}


_HALVES = re.compile(r"\S(?:\s{2,}|\u3000)\s*\S")


def _running_heads(paragraphs: list[Paragraph]) -> None:
    """A document's title printed again at the top of its next page, under the folio that ends
    the page before (第 1 页 共 2 页 / 某县…报告): the page's running head, not a new headline."""
    title = next((p.simplified.strip() for p in paragraphs if p.kind == "heading"), None)
    for before, p in pairwise(paragraphs):
        if FOLIO.fullmatch(before.simplified.strip()) and p.simplified.strip() == title:
            p.kind = "credit"


def _contents(paragraphs: list[Paragraph]) -> None:
    """目录 over the lines of a bulletin's contents (一、某镇建成…, 二、…), each the headline of
    an item printed further down: the contents are the bulletin's furniture, not its sections."""
    for index, p in enumerate(paragraphs):
        if p.kind != "credit" or _CONTENTS_HEAD.fullmatch(p.simplified.strip()) is None:
            continue
        for at, entry in enumerate(paragraphs[index + 1 :], start=index + 2):
            # (the item's headline further down may keep the entry's number or drop it)
            later = {_unnumbered(q.simplified) for q in paragraphs[at:]}
            if entry.lines != 1 or _unnumbered(entry.simplified) not in later:
                break
            entry.kind = "credit"


def _unnumbered(line: str) -> str:
    return _ENTRY_NUMBER.sub("", line.strip(), count=1)


_CONTENTS_HEAD = re.compile(r"[【\[]?(?:目\s*录|本期目录|本期导读|本期要目)[】\]]?[：:]?")
_ENTRY_NUMBER = re.compile(rf"^(?:{ITEM_NUMBER}|[①-⑳])\s*")


def _numbered_briefs(paragraphs: list[Paragraph]) -> None:
    """今日要闻↓ over ①…。 ②…。 ③…。: a digest's items numbered in circles, each a paragraph
    of its own news under a line leading into the news, are briefs, not one story's points."""
    lead_in: Paragraph | None = None
    run: list[Paragraph] = []
    for p in [*paragraphs, None]:
        if p is not None and p.kind in ("credit", "footer"):
            continue
        numbered = p is not None and p.kind in ("body", "short")
        numbered = numbered and p.simplified.lstrip()[:1] == CIRCLED[len(run) : len(run) + 1]
        if numbered and (run or lead_in is not None):
            run.append(p)  # type: ignore[arg-type]
            continue
        # (each closing with who took its photo, they are one picture story's captions; so
        # are they under a photo column's tag with the story's own headline, 图片新闻｜…)
        captions = all(_PHOTOGRAPHER.search(item.simplified.strip()) for item in run)
        captions = captions or (lead_in is not None and PICTURE_STORY.match(lead_in.simplified))
        if len(run) >= NUMBERED_BRIEFS_MIN and not captions:
            for item in run:
                item.kind = "brief"
            if lead_in is not None:
                lead_in.kind = "credit"  # the words leading into them, no headline of theirs
        run = []
        lead_in = p if p is not None and p.kind == "heading" else None
        if lead_in is not None and not _NEWS_LEAD_IN.search(lead_in.simplified):
            lead_in = None


LISTED_POINTS_MIN = 3


def _listed_points(paragraphs: list[Paragraph]) -> None:
    """● 教育支出4.1亿元 / ● 预备费900万元 / ● …: three or more marked lines in a
    row, none saying it shows a photo, are the points of a list, not photo captions. And a
    marked line with a comma among marked phrases (▶ 棉花1.8万亩，亩产386公斤 / ▶ 饲草5200亩)
    is one more point of the list, not a brief: a brief is sentences. A point's own line of
    figures under it (● 支出安排27.6亿元 / 教育 4.9亿元｜社保 5.3亿元 / ● …) keeps the list
    going."""
    run: list[Paragraph] = []
    for p, after in pairwise([*paragraphs, None]):
        mark = p.simplified.lstrip()[:1]
        if mark and mark in BULLETS and (not run or run[0].simplified.lstrip()[:1] == mark):
            run.append(p)
            continue
        if run and after is not None and _point_note(p, after, run[0].simplified.lstrip()[:1]):
            continue
        _points_of(run)
        run = [p] if mark and mark in BULLETS else []
    _points_of(run)


def _points_of(run: list[Paragraph]) -> None:
    if (
        run[:1]
        and run[0].simplified.lstrip().startswith("●")
        and len(run) >= LISTED_POINTS_MIN
        and not any(is_photo_caption(q.simplified) for q in run)
    ):
        for q in run:
            if q.kind == "caption":
                q.kind = "body"
    if any(q.kind == "body" for q in run):
        for q in run:
            if q.kind == "brief" and not _SENTENCE_END.search(q.simplified):
                q.kind = "body"
            elif (
                q.kind == "heading"
                and q.simplified.lstrip().startswith("●")
                and _DIGIT.search(q.simplified)
                and q.lines == 1
            ):
                # ● 2030年目标　综合产值突破260亿元: a point among points of figures, its
                # figure after its label, no sub-heading
                q.kind = "body"


def _point_note(p: Paragraph, after: Paragraph, mark: str) -> bool:
    """A short unmarked line of figures between two points marked alike: the note of the one
    over it."""
    text = p.simplified.strip()
    return (
        p.lines == 1
        and len(text) <= POINT_NOTE_MAX
        and _DIGIT.search(text) is not None
        and after.simplified.lstrip()[:1] == mark
    )


POINT_NOTE_MAX = 40


def _headline_with_comma(
    p: Paragraph,
    after: Paragraph,
    *,
    first: bool = False,
    whole: bool = False,
    over: Paragraph | None = None,
) -> bool:
    """雪山脚下的牧场上，牧民当上“护林员” over a byline: a headline may hold a comma, and a
    question or an exclamation inside it (春节去某地！这份攻略请收好); one line of its own,
    ending no sentence, with the byline or dateline right under it, or opening the page over
    its text (a blank line under it, or a page whose lines are whole paragraphs)."""
    text = p.simplified.strip()
    # A page's header (the account's name, a column's) may stand right over a post's title:
    # the line saying when it went up, under it, still makes it the title.
    headed = over is not None and over.kind in ("heading", "credit") and posting_line(after)
    # under it, when the account posted, or the account's name on its own line over that
    posted = posting_line(after) or (
        after.kind == "credit" and len(after.simplified.strip()) <= ACCOUNT_NAME_MAX
    )
    atop = first and (
        after.blank_before
        or whole
        or _LEAD_OPENING.match(after.simplified.strip()) is not None
        or after.kind == "credit"  # （播出时间：… 时长：…）: the page's credits under it
        # 【画面1】…, 【网友留言】…: a script's first cue, or a page's first labelled part
        or _PART_LABEL.match(after.simplified.strip()) is not None
        or (over is not None and posting_line(over))  # when the post went up, over its title
    )
    return (
        p.kind in ("body", "short")
        and p.lines == 1
        and (p.blank_before or first or headed)
        and (after.kind in ("byline", "dateline") or posted or atop)
        # “…，…”——访某某: a deck after a dash on the headline's line may run it longer
        and len(text.split("——", 1)[0]) <= HEADLINE_COMMA_MAX
        and len(text) <= HEADLINE_WITH_DECK_MAX
        and (not is_terminal(text) or ((posted or atop) and text.endswith(_EXCLAIMED)))
        and _SENTENCE_END.search(text) is None
        # 各位街坊，好消息！…工程，今日…！: clause after clause is a post's text, no headline
        and len(_CLAUSE_MARKS.findall(EMOJI_AFTER.sub("", text).rstrip("！？!?")))
        < HEADLINE_CLAUSES
    )


_CLAUSE_MARKS = re.compile(r"[，,！？!?]")
_PART_LABEL = re.compile(r"[【\[][\u4e00-\u9fff]{2,6}[0-9一二三四五六七八九十]{0,2}[】\]]")
HEADLINE_CLAUSES = 3


_EXCLAIMED = ("！", "？", "!", "?")


def _account_over(line: str, below: str) -> bool:
    """A WeChat account's name on a short line of its own, right over the line saying when it
    posted."""
    name = line.strip()
    # A social page's name over a stamp that names no one (12月2日 · 🌐) may be long and
    # bilingual (某某议员办事处 Some Office) or an office's.
    paged = _STAMP_POSTED.fullmatch(below.strip()) is not None and (
        re.search(r"[A-Za-z]{2}", name) is not None or _OFFICE.fullmatch(name) is not None
    )
    return (
        2 <= len(name) <= (PAGE_NAME_MAX if paged else ACCOUNT_NAME_MAX)
        and _SENTENCE_PUNCT.search(name) is None
        and _posted(below.strip())
    )


PAGE_NAME_MAX = 30


ACCOUNT_NAME_MAX = 8  # a WeChat account's name on a line of its own (某县发布, 某某融媒)


def posting_line(p: Paragraph) -> bool:
    """The account's name and when it posted (某县发布　2026年3月2日 09:15, 原创 …), the line a
    WeChat post prints under its title: the line over it is the title, exclaiming or not."""
    return p.kind == "credit" and _posted(p.simplified.strip())


def _posted(line: str) -> bool:
    """原创 and the account, or the account, with when it posted: the whole line."""
    if any(pattern.fullmatch(line) for pattern in (_ORIGINAL, _ACCOUNT_POSTED)):
        return True
    # a bare date is no posting; a social page prints 12月2日 · 🌐
    stamped = _STAMP_POSTED.fullmatch(line) is not None
    return stamped and any(mark in line for mark in (":", "来自", "发布于", "·", "•"))


HEADLINE_COMMA_MAX = 40
HEADLINE_WITH_DECK_MAX = 64
_SENTENCE_END = re.compile(r"[。；;]")
WHOLE_LINES_SHARE = 0.9  # of a page's long lines ending a sentence: its lines are paragraphs
_LONG_LINE = 20


# Pictographs a post prints after a sentence's end (…要来啦！🎉, …如下👇).
EMOJI_AFTER = re.compile(rf"[{PICTOGRAPHS}\uFE0F\u200D]+$")
# …and before a headline's words (📶好消息！…).
EMOJI_BEFORE = re.compile(rf"[{PICTOGRAPHS}\uFE0F\u200D]+\s*")


# A post's title led by a pictograph, its words perhaps crying out midway (🎉…！…).
_POST_TITLE = re.compile(rf"[{PICTOGRAPHS}\uFE0F\u200D]+\s*[^。；;\n]{{4,40}}(?<![。！？!?])")
# A microblog post's headline in brackets, opening its first line: 【某县清雪机制启动】#话题# 27日…
_POST_HEADLINE = re.compile(r"【[^【】。；]{8,40}】(?=\s*\S)")


def _post_headline_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The page's first text line, under a post's chrome or not, with the post's bracketed
    headline apart from the text it runs into."""
    printed = [i for i, (a, b) in enumerate(spans) if text[a:b].strip()]
    top = _chrome_lines([text[a:b] for a, b in spans])
    if top >= len(printed):
        return spans
    number = printed[top]
    start, end = spans[number]
    if (
        not _POST_HEADLINE.search(text, start, end)
        and top + 1 < len(printed)
        and len(text[start:end].strip()) <= ACCOUNT_NAME_MAX
    ):
        # 某县发布 over the post, with no line saying when it went up: the account's name
        number = printed[top + 1]
        start, end = spans[number]
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    # (topic tags may come first: #某某# #某某# 【…】…)
    tags = _LEADING_TAGS.match(text, start + lead, end)
    if tags.end() > start + lead and _BRACKETED_TITLE.fullmatch(text[tags.end() : end].strip()):
        # #某县天麻# #林下经济# 【…】 alone on its line: the topic tags, then the headline
        return [*spans[:number], (start, tags.end()), (tags.end(), end), *spans[number + 1 :]]
    match = _POST_HEADLINE.match(text, tags.end(), end)
    rest = text[match.end() : end] if match else ""
    if match is None:
        return spans
    # (a question and more words after it, 某村的合同怎么签？一起来看, open the post's text too)
    asked = _ASKED_THEN_MORE.search(rest) is not None
    if not asked and (len(rest) <= HEADLINE_COMMA_MAX or not _SENTENCE_END.search(rest)):
        return spans  # 【某某广播·民生热线】山乡种茶，富了日子: a column's tag over a headline
    parts = [(start, match.end()), (match.end(), end)]
    if tags.end() > start + lead:
        parts = [(start, tags.end()), (tags.end(), match.end()), (match.end(), end)]
    return [*spans[:number], *parts, *spans[number + 1 :]]


_LEADING_TAGS = re.compile(r"(?:#[^#\s]{1,20}#\s*)*")
_ASKED_THEN_MORE = re.compile(r"[？?！!]\s*[\u4e00-\u9fff]")


def _chrome_lines(lines: list[str]) -> int:
    """How many lines open the page as a post's chrome: the account's name over the line saying
    when it posted, or that line alone."""
    text = [line.strip() for line in lines if line.strip()]
    for count in (2, 1):
        posted = len(text) > count and _posted(text[count - 1])
        if posted and (count == 1 or _account_over(text[0], text[1])):
            return count
    return 0


# What a post prints after the words that lead into a list (一起来看看👇): its colon.
_POINTING_DOWN = ("👇", "⬇", "⬇️", "↓")
# A line opening with a mark or a pictograph: a point of a list (✅…, ▪…, 👉…).
_MARKED_LINE = re.compile(rf"[{BULLETS}▪▫•{PICTOGRAPHS}]")
# A microblog's topic tag, closed by its own mark (#某县身边事#), opens text: no Markdown heading.
_TOPIC_TAG = re.compile(r"#[^#\s]{1,20}#")
# A post's topic tags on a line of their own: #某县 #秋收 (or #某县# #秋收#).
_TAGS_LINE = re.compile(r"(?:#[^#\s]{1,20}#?\s*){2,}(?:@[^@#\s]{1,20}\s*)*")  # (@ whom it tells)
# A post's title in lenticular brackets on its first line: 【某镇“银龄课堂”开课啦！】.
_BRACKETED_TITLE = re.compile(r"【[^【】]{4,40}】")


def _bracketed_under_account(lines: list[Paragraph]) -> bool:
    """A post's title in brackets on its own line, under the account's short name."""
    if len(lines) < 2:
        return False
    account, title = lines[0].simplified.strip(), lines[1]
    return (
        lines[0].kind == "heading"
        and 2 <= len(account) <= ACCOUNT_NAME_MAX
        and _CJK_ONLY.fullmatch(account) is not None
        and title.kind == "body"
        and title.lines == 1
        and _BRACKETED_TITLE.fullmatch(title.simplified.strip()) is not None
    )


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _outlet_over_tagged_headline(lines: list[Paragraph]) -> bool:
    """An outlet's or an office's name alone over a headline led by a column's tag."""
    if len(lines) < 2:
        return False
    outlet, title = lines[0].simplified.strip(), lines[1].simplified.strip()
    return (
        lines[0].kind == "heading"
        and _ORGANISATION.fullmatch(outlet) is not None
        and lines[1].kind == "heading"
        and _TAGGED_HEADLINE.fullmatch(title) is not None
    )


_TAGGED_HEADLINE = re.compile(r"【[^【】]{1,8}】\s*[^\s。；！？]{4,40}")


def _item_line(text: str) -> bool:
    """造林约3170亩 / 新建护林站4个: where no line is broken at a width, a line ending
    in its figure is an item of its own."""
    # (its unit ends it: bare digits, a dash or a comma end a number or a list the line broke,
    # 总投资23- / 50万元, 安置房24栋、/ 1120套)
    return bool(
        _FIGURE_ENDING.search(text) and _UNIT_CLOSING.search(text) and not _DATE_ENDING.search(text)
    )


_UNIT_CLOSING = re.compile(r"[\u4e00-\u9fff%％‰]$")


def _wrapped(lines: list[str]) -> bool:
    """A PDF's or a scan's lines are broken at the width of the page or its column: many of
    the lines that end no sentence are as long as each other (give or take a character or
    two)."""
    open_ = [
        len(s)
        for line in lines
        if len(s := line.strip()) >= WRAPPED_MIN
        and not is_terminal(s)
        # (nor a marked point, a field or a line closing its brackets or quotes: each stands
        # alone whatever the page)
        and s[:1] not in BULLETS
        and not s.endswith(_CLOSING_PUNCT)
        and "：" not in s
    ]
    if len(open_) < WRAPPED_LINES_MIN:
        return False
    most = max(sum(1 for n in open_ if abs(n - width) <= WRAP_SLACK) for width in set(open_))
    return most >= WRAPPED_LINES_MIN and most >= 0.5 * len(open_)


WRAPPED_MIN = 12  # (shorter open lines are headings and items, whatever the page)
WRAPPED_LINES_MIN = 3
WRAP_SLACK = 2  # (a line of digits and letters, half as wide, holds a character or two more)
# An infographic's numbered part on its own line: 01 建设目标, 02 空间布局.
_PART_HEAD = re.compile(r"0[1-9]\s+[^\s，。；：:！？]{2,12}")
# A date closing a line (预计到2031年): the line may go on to say what is due then.
_DATE_ENDING = re.compile(r"\d\s*[年月日号]$")


def _whole_lines(lines: list[str]) -> bool:
    """Web pages and saved articles print each paragraph on one line: nearly every long line
    ends a sentence. There a short line that does not is never half of a broken one."""

    def ended(line: str) -> bool:
        return is_terminal(EMOJI_AFTER.sub("", line)) or line.endswith(_POINTING_DOWN)

    long = [
        line.strip()
        for line in lines
        if len(line.strip()) >= _LONG_LINE
        and not _TAGS_LINE.fullmatch(line.strip())
        # (nor the offices that issue a page, side by side: 某区某局　某区某协会)
        and not _OFFICES_LINE.fullmatch(line.strip())
        # ✅ a point of a list, no paragraph, unless it ends a sentence (📍某村…说。)
        and not (_MARKED_LINE.match(line.strip()) and not ended(line.strip()))
    ]
    return len(long) >= 3 and sum(map(ended, long)) >= WHOLE_LINES_SHARE * len(long)


def _message_title(p: Paragraph, after: Paragraph) -> bool:
    """某村的路灯何时能修好？ over 留言人：某某　留言时间：…: a board's message is titled
    by the one line over who wrote it, a question or not."""
    text = p.simplified.strip()
    return (
        p.kind in ("body", "short")
        and p.lines == 1
        and len(text) <= HEADLINE_BLOCK_MAX
        and not _SENTENCE_END.search(text)
        and not _line_of_its_own(text)  # (【留言】2027年2月3日: the message's tag and date)
        and _ASKER.match(after.simplified.strip()) is not None
    )


# (who wrote, perhaps after when: 留言时间：2026-05-26 21:14　留言人：某某)
_ASKER = re.compile(
    rf"(?:{_FORM_LABEL}\s*[：:][^。；：\u3000]{{1,30}}?[\s\u3000]+)?"
    r"(?:留言|来信|来电|反映|提问|咨询)人\s*[：:]"
)


def _headline_over_dateline(p: Paragraph, after: Paragraph) -> bool:
    """“Hi，某村”！古村游火了 over 本报讯（记者 …）: the one line right over a story's dateline
    is its headline, an exclamation inside it or not, unless a sentence ends in it."""
    text = p.simplified.strip()
    return (
        p.kind in ("body", "short")
        and p.lines == 1
        and after.kind == "dateline"
        and len(text) <= HEADLINE_BLOCK_MAX
        and not is_terminal(text)
        and _FULL_STOP.search(text) is None
    )


_FULL_STOP = re.compile(r"[。；;]")


# What a web page lists around an article: other stories' titles, links, readers' comments,
# under a label of their own (相关新闻：, 热门推荐, 网友评论), and the 上一篇／下一篇 lines.
_RELATED = re.compile(
    r"^(?:相关(?:链接|新闻|文章|报道|阅读)|热门(?:推荐|文章|新闻)|往期(?:推荐|回顾|精彩)|"
    r"(?:推荐|延伸)阅读|猜你喜欢|"
    r"网友评论|精彩评论|其他新闻|更多新闻)[：:]?$"
)
# …of which 其他新闻 heads the page's other stories, printed in full.
_OTHER_STORIES = re.compile(r"^(?:其他新闻|更多新闻)[：:]?$")
_NEIGHBOUR = re.compile(r"^(?:上一篇|下一篇|上一条|下一条)[：:]")


def _related_lists(paragraphs: list[Paragraph]) -> None:
    """Page furniture (footer): a related list's label and the lines under it (titles, links,
    comments, which a page may run together), up to the first sentence, which is text again;
    under 其他新闻 each paragraph of text is a brief of its own; 上一篇：… lines."""
    listing = others = False
    for p in paragraphs:
        s = p.simplified.strip()
        if _RELATED.match(s) or _NEIGHBOUR.match(s):
            p.kind, listing = "footer", True
            others = _OTHER_STORIES.match(s) is not None
        elif listing and "。" not in s:
            p.kind = "footer"
        else:
            if others and p.kind in ("body", "short"):
                p.kind = "brief"  # 其他新闻 over 【简讯】近日，…: a story of its own
            elif p.kind == "heading":
                others = False
            listing = False


# A web page's header run into one line: trail, headline, then source and time
# (首页>新闻>县区新闻 某镇：…开饭了 来源:某某日报 时间:…).
_ONE_LINE_HEADER = re.compile(
    rf"^\s*{_TRAIL}()\s+(\S.{{3,60}}?)\s+()"
    r"(?:来源|发布时间|时间|作者|发布日期)[:：]"
)


def _header_parts(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A line as the lines it holds: a web page's header a scraper ran into one line is its
    trail, its headline and its source line; any other line is itself."""
    start, end = span
    entry = _INDEX_ENTRY.fullmatch(text, start, end)
    if entry is not None:
        # 某镇秋茶采摘过半　　2版: an index's headline, and the page its story is on
        return [(start, entry.end("headline")), (entry.start("page"), end)]
    fused = _FUSED_TITLE.match(text, start, end) if start <= FUSED_TITLE_REACH else None
    if fused is not None:
        # 【某区发放第四轮消费券】今天起，…: a post's bracketed headline run into its text
        return [(start, fused.end("title")), (fused.end("title"), end)]
    match = _ONE_LINE_HEADER.match(text, start, end)
    if match is None:
        return [span]
    return [(start, match.start(1)), (match.start(2), match.end(2)), (match.start(3), end)]


# (the text after it is sentences, not a column's headlines: 【某某专栏】甲地：… 乙地：…)
_FUSED_TITLE = re.compile(
    r"\s*(?P<title>【[^【】：:\n]{8,40}】)(?=[^\s【】][^\n]{19,})(?=[^\n]*?[，。])"
)
FUSED_TITLE_REACH = 200  # characters into the page: a post's headline comes first


# An entry of a front page's index (今日导读): a headline, a wide gap, and its page.
_INDEX_ENTRY = re.compile(
    rf"(?P<headline>[^\s。；]{{4,40}})[ \t\u3000]{{2,}}(?P<page>{_INDEX_PAGE.pattern})\s*"
)


# Two columns OCR read line by line print each line of the left column, a gap of spaces, then
# the same line of the right column. The gap is a run of spaces between printed text: at least
# one full-width space, or two half-width ones, or a tab (one half-width space separates the
# characters of a name, 李 娜, and nothing else).
_COLUMN_GAP = re.compile(r"(?<=\S)[ \t\u3000]*(?:\u3000|  |\t)[ \t\u3000]*(?=\S)")
SIDE_BY_SIDE_MIN = 3  # lines; two lines with a gap are a heading and its date, or such
# Chinese characters printed on each side: fewer are a table's cells or a label and its
# figure (光伏发电收益　31,216.50元).
COLUMN_TEXT_MIN = 6
_HANZI = re.compile(r"[\u4e00-\u9fff]")


def side_by_side(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines in reading order: where a run of lines prints two columns side by side, the left
    column's parts are read first, then the lines under the run that start at the left
    margin (the longer left column goes on alone), then the right column's parts."""
    gaps = [_one_gap(text, span) for span in spans]
    if not _gapped_run(gaps):
        return spans  # the common page: no run of lines split by a gap, nothing to reorder
    tables = _table_lines([text[a:b] for a, b in spans])
    result: list[tuple[int, int]] = []
    number = 0
    while number < len(spans):
        run = number
        while run < len(spans) and gaps[run] is not None and run not in tables:
            run += 1
        wide = sum(1 for gap in gaps[number:run] if gap is not None and _both_wide(text, gap))
        if run - number < SIDE_BY_SIDE_MIN or wide < max(SIDE_BY_SIDE_MIN, (run - number) / 2):
            result.append(spans[number])
            number += 1
            continue
        parted = [
            (span, gap)
            for span, gap in zip(spans[number:run], gaps[number:run], strict=True)
            if gap
        ]
        lefts = [(start, gap[0]) for (start, _end), gap in parted]
        rights = [(gap[1], end) for (_start, end), gap in parted]
        tail = run
        while tail < len(spans) and not _indented_right(text, spans[tail]):
            tail += 1
        # Each column opens a paragraph of its own: an empty line before each.
        result += [(lefts[0][0],) * 2, *lefts, *spans[run:tail], (rights[0][0],) * 2, *rights]
        number = tail
    return result


def _gapped_run(gaps: list[tuple[int, int] | None]) -> bool:
    """Whether SIDE_BY_SIDE_MIN lines in a row each have one gap."""
    run = 0
    for gap in gaps:
        run = run + 1 if gap is not None else 0
        if run >= SIDE_BY_SIDE_MIN:
            return True
    return False


def _one_gap(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Where the one gap of a line is, or None for a line with no gap or several."""
    gaps = list(_COLUMN_GAP.finditer(text, *span))
    return (gaps[0].start(), gaps[0].end()) if len(gaps) == 1 else None


def _both_wide(text: str, gap: tuple[int, int]) -> bool:
    start = text.rfind("\n", 0, gap[0]) + 1
    end = text.find("\n", gap[1])
    end = len(text) if end < 0 else end
    left, right = text[start : gap[0]], text[gap[1] : end]
    return min(len(_HANZI.findall(left)), len(_HANZI.findall(right))) >= COLUMN_TEXT_MIN


def _indented_right(text: str, span: tuple[int, int]) -> bool:
    """A line under the columns that starts far from the left margin: the right column's."""
    line = text[span[0] : span[1]]
    margin = len(line) - len(line.lstrip(" \t\u3000"))
    return margin > 4


def _page_title(p: Paragraph, after: Paragraph) -> bool:
    """某镇35个村通上燃气_某区人民政府 over 某镇35个村通上燃气: a web page's title, the
    headline and the site's name, over the headline itself."""
    upper, lower = p.simplified.strip(), after.simplified.strip()
    return (
        p.lines == 1
        and after.kind == "heading"
        and len(lower) >= 6
        and upper.startswith(lower)
        and upper[len(lower) :].lstrip()[:1] in ("_", "-", "|", "｜", "–", "—")
    )


def _headline_over_subtitle(p: Paragraph, after: Paragraph) -> bool:
    """The one line right over a ——subtitle is the headline it explains."""
    return (
        p.kind in ("body", "short")
        and p.lines == 1
        and after.kind == "heading"
        and not after.blank_before
        and _SUBTITLE_LINE.match(after.simplified) is not None
        and _quoted_headline(p.simplified)
    )


HEADLINE_BLOCK_MAX = 80
# A headline and its subtitle on one line, the headline a quoted saying, commas and all:
# “一盏灯，照亮回家路”——某村一位老人的讲述.
_SUBTITLED = re.compile(r"“[^“”。！？]{2,30}[”]\s*——\s*[^。！？，,；;]{4,40}")


def _headline_block(p: Paragraph, after: Paragraph) -> bool:
    """Lines a narrow column joined that are a headline (and its ——subtitle): no sentence
    punctuation in them, and a byline or a dateline right after."""
    return (
        p.kind in ("body", "short")
        and p.lines > 1
        and after.kind in ("byline", "dateline")
        and heading_like(p.simplified, limit=HEADLINE_BLOCK_MAX)
    )


_SUBTITLE_LINE = re.compile(r"^\s*(?:—{1,2}|－{1,2}|-{2})\s*[^\s—－-]")
SUBTITLE_MAX = 80


def _table_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines that print a table (govdb.metrics.tables)."""
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    numbers: set[int] = set()
    for table in find_tables("\n".join(lines)):
        first = bisect_right(starts, table.start) - 1
        last = bisect_right(starts, table.end - 1) - 1
        numbers.update(range(first, last + 1))
    return numbers


def _barred_rows(lines: list[str]) -> set[int]:
    """A table whose cells are words (日期｜走访对象｜所在村｜解决问题 / 4月8日｜…｜修缮房屋，投入
    约6000元): three or more lines in a row parted by bars into the same three or more cells.
    Its rows are no figures' table, but each is a line of its own, and its header no headline."""
    numbers: set[int] = set()
    run: list[int] = []
    width = 0
    for number, line in enumerate([*lines, ""]):
        stripped = line.strip().strip("|｜")
        cells = len(_BAR.split(stripped)) if _BAR.search(stripped) else 0
        if cells >= BARRED_CELLS_MIN and cells == width:
            run.append(number)
            continue
        if len(run) >= BARRED_ROWS_MIN:
            numbers.update(run)
        run, width = ([number], cells) if cells >= BARRED_CELLS_MIN else ([], 0)
    return numbers


_BAR = re.compile(r"\s*[|｜]\s*")
BARRED_CELLS_MIN = 3
BARRED_ROWS_MIN = 3  # a header and two rows


def _subtitle(line: str, before: Paragraph | None, columns: bool) -> bool:
    """——东川县发展特色产业，带动群众增收: a line opened by a dash right under a one-line
    headline is its subtitle, commas and all, and does not run on into the text after it."""
    if before is None or not _SUBTITLE_LINE.match(line) or is_terminal(line):
        return False
    if len(line.strip()) > SUBTITLE_MAX or before.lines > 1:
        return False
    if before.kind == "heading":
        return True
    if before.kind != "body" or (columns and not before.blank_before):
        return False
    return heading_like(before.simplified, limit=64) or _quoted_headline(before.simplified)


def _quoted_headline(text: str) -> bool:
    """“牧民的事，就是镇里的大事” over ——访…: a headline may quote a sentence, comma and all,
    when it is one short line, no sentence ends in it and a subtitle stands under it."""
    text = text.strip()
    return (
        len(text) <= HEADLINE_COMMA_MAX
        and not is_terminal(text)
        and _SENTENCE_END.search(text) is None
        and not text.endswith(("，", ",", "：", ":", "、"))
    )


def _label(p: Paragraph) -> bool:
    """来源： alone on its line, its value on the next (a web page's source)."""
    return p.kind == "credit" and p.simplified.rstrip().endswith(("：", ":"))


# A list's item number opening a line (see ITEM_NUMBER).
LIST_ITEM = re.compile(ITEM_NUMBER)


def _continues(current: Paragraph, line: str, columns: bool, *, wrapped: bool = True) -> bool:
    """Whether a printed line carries on the paragraph before it. `wrapped`: the page's lines
    are broken at a width (a PDF's, an OCR scan's), so a line may stop anywhere."""
    if current.table or current.bare_figure:
        return False
    if box_line(line) or line.lstrip().startswith((*BULLETS, *DOT_POINTS)):
        # ▶ 新增城镇就业：1.2万人: an infographic's lines each stand alone, and a marked
        # line opens a point of its own
        return False
    if EMOJI_AFTER.search(current.simplified.rstrip()) and EMOJI_BEFORE.match(line.lstrip()):
        return False  # …通过认证🎉 / 📌认证面积：…: a post's pictograph-led line is a point
    if LIST_ITEM.match(line.strip()) and LIST_ITEM.match(current.simplified.strip()):
        return False  # 1．租赁收入　42,800.00元 / 2．发电收益　31,216.50元: one item a line
    if SCRIPT_CUE.match(line.strip()):
        return False  # 【解说】…: a script's cue opens what is read next
    if _SLIDE.match(line.strip()) or _SLIDE.match(current.simplified.strip()):
        return False  # 幻灯片3　主要做法: a presentation's next slide, under its last point
    if _NUMBERED_HEAD.fullmatch(line.strip()) and KEY_VALUE.fullmatch(current.simplified.strip()):
        return False  # 新办居住证：2216张 / 四、窗口服务: a list's field, then its next part
    if _TOLD_BY.match(line.strip()):
        return False  # 口述：某某（某村养殖户）　整理：…, under the headline it tells
    if _line_of_its_own(current.simplified.strip()) or _CLOCK_ENTRY.match(line.strip()):
        return False  # …, or the next time slot of a programme opens a line of its own
    if _fields(current.simplified.strip()) or _fields(line.strip()):
        # 发布时间：…　来源：…　浏览次数：, its last value left out by the scraper; and a
        # line of such fields under a headline (时长：约60秒　出品：…　编导：…) is its own
        return False
    if (
        _DATE_IN_BRACKETS.match(line.strip())
        or _AUTHOR.fullmatch(line.strip())
        or (current.lines == 1 and _AUTHOR.match(current.simplified.strip()))
    ):
        return False  # 某县县长　张明 / （2026年3月2日）: who gave a speech, and when, stand alone
    if _PART_HEAD.fullmatch(line.strip()):
        return False  # 02 空间布局: an infographic's next numbered part
    if _issuer_over_title(current, line.strip()) or _title_over_salutation(current, line):
        return False
    if _label(current):
        return True
    if current.kind not in ("body", "marker", "dateline", "bullet"):
        return False
    before = current.simplified.rstrip()
    if not wrapped and current.kind == "body" and _item_line(before):
        return False
    if not wrapped and current.lines == 1 and _TAGGED_HEADLINE.fullmatch(before.strip()):
        return False  # 【某某观察】…，…: where lines are whole, a tagged headline, comma and all
    if _ENDS_WITH_PHOTO.search(before):
        return False
    if line.lstrip().startswith(_CLOSING_PUNCT):
        return True
    if is_terminal(EMOJI_AFTER.sub("", before)) or _CLOSING_CREDIT.search(before):
        return False
    if current.lines == 1 and heading_like(before) and _LEAD_OPENING.match(line.strip()):
        return False  # a headline over the story's first words (11月25日，…), column or not
    if current.lines == 1 and KEY_VALUE.fullmatch(before.strip()) and KEY_VALUE.match(line.strip()):
        return False  # 规划面积：约5200亩 / 已建成区：2860亩: a fact sheet's fields, one a line
    if current.lines == 1 and _ENDS_WITH_FIGURE.search(before) and _NOTE_FIELD.match(line.strip()):
        return False  # …，同比增长12% / 目标：…: a box's last label, then its note
    if (current.lines == 1 and _BRACKETED_TITLE.fullmatch(before.strip())) or (
        _BRACKETED_TITLE.fullmatch(line.strip())
    ):
        return False  # 【…】 alone on its line: a title or a tag, no sentence's start or end
    if current.lines == 1 and EMOJI_BEFORE.match(before) and len(before) <= HEADLINE_COMMA_MAX:
        return False  # 🎉某县又添新景区！…: a post's short line led by a pictograph stands alone
    # Narrow OCR columns break every line; elsewhere a short unpunctuated line is a heading.
    return columns or current.lines > 1 or not heading_like(before)


def _issuer_over_title(current: Paragraph, line: str) -> bool:
    """某县政府办公室 / 关于印发…的通知: who issues a document, alone on its line, over the
    title it opens; a PDF's short lines run on, but these two are a title's parts."""
    return (
        current.lines == 1
        and _ORGANISATION.fullmatch(current.simplified.strip()) is not None
        and line.startswith("关于")
    )


def _title_over_salutation(current: Paragraph, line: str) -> bool:
    """…工作方案的通知 / 各乡镇人民政府，县级有关部门：: a document's title ends where those it
    is sent to are named, however the lines were broken."""
    return bool(DOCUMENT_TITLE_END.search(current.simplified.rstrip())) and bool(
        _ADDRESSED.fullmatch(line.strip())
    )


# How a document's title ends (…的通知, …的实施意见), and the line naming those it is sent to.
DOCUMENT_TITLE_END = re.compile(
    r"的(?:实施)?(?:通知|通报|决定|意见|报告|请示|批复|函|公告|通告|办法|规定|方案|决议|纪要)$"
)
_ADDRESSED = re.compile(r"[^。！？；：:]{2,60}[：:]")
ABOUT_TITLE = re.compile(r"关于.{2,60}" + DOCUMENT_TITLE_END.pattern)

# A box's line ending on a figure (…同比下降3.5%), and a note's field opening a line (目标：, 注：).
_ENDS_WITH_FIGURE = re.compile(r"\d(?:%|％|[\u4e00-\u9fff]{1,2})?$")
_NOTE_FIELD = re.compile(r"[\u4e00-\u9fff]{1,4}[：:]")

_NOTED_HEADING = re.compile(
    rf"{ITEM_NUMBER}\s*[^。；！？!?，,：:（()]{{1,20}}[（(][^（）()]{{1,30}}[）)]"
)
# A sentence's end and a credit in brackets after it, closing a story: …投入使用。（记者 某某）,
# …同比增长5%。（完）.
_CLOSING_CREDIT = re.compile(r"[。！？!?”]\s*[（(][^（）()。，,]{1,24}[）)]$")
# How a news story's first line opens: a date and a comma, 近日, 据…: never a line that goes on.
_LEAD_OPENING = re.compile(
    r"^(?:\d{1,2}月\d{1,2}日(?:[上下]午|晚)?[，,]|近日[，,]|日前[，,]|近期[，,]|连日来[，,]|"
    r"(?:今年|去年)以来[，,]|(?:今年)?\d{1,2}\s*(?:[—–-]{1,2}|至)\s*\d{1,2}\s*月(?:份)?[，,])"
)


def _column_width(lines: list[str]) -> int:
    """How many characters a full line of the page's column holds: its lines' median."""
    lengths = sorted(len(s.strip()) for s in lines if s.strip())
    return lengths[len(lengths) // 2] if lengths else 0


def _headline_in_column(current: Paragraph, line: str, width: int) -> bool:
    """In a narrow column, a headline is a line of its own well short of the column's width
    that opens a paragraph, with no sentence's punctuation: the text it heads starts on the
    next line, which is full."""
    return (
        width > 0
        and current.lines == 1
        and len(line.strip()) > HEADLINE_SHARE * width
        and current.kind == "body"
        and HEADLINE_MIN <= len(current.simplified.strip()) <= HEADLINE_SHARE * width
        and not current.simplified.lstrip().startswith(("【", "["))  # a label: 【开篇】
        and heading_like(current.simplified, limit=40)
    )


HEADLINE_SHARE = 0.8
HEADLINE_MIN = 6


def _join(current: Paragraph, line: str, simple: str, start: int) -> None:
    # A line break inside a word or a number (23/50万元) disappears; between Latin words it
    # becomes a space, which maps to the line break it replaces. A hyphen left at a break
    # inside a number or a word (45-/0万元, 育-/苗) goes with it.
    hyphen = (
        current.simplified.endswith(("-", "－"))
        and _WORD_CHAR.match(current.simplified[-2:-1]) is not None
        and _WORD_CHAR.match(simple[:1]) is not None
    )
    if hyphen:
        current.text = current.text[:-1]
        current.simplified = current.simplified[:-1]
        current.offsets.pop()
    elif (
        current.text[-1:].isascii()
        and current.text[-1:].isalnum()
        and line[:1].isascii()
        and line[:1].isalnum()
        and not (current.text[-1:].isdigit() and line[:1].isdigit())
    ):
        current.text += " "
        current.simplified += " "
        current.offsets.append(start - 1)
    current.text += line
    current.simplified += simple
    current.offsets.extend(range(start, start + len(line)))
    current.lines += 1


def _classify(p: Paragraph, first: bool) -> Paragraph:
    s = p.simplified
    if p.table:
        return p
    if p.kind == "bullet":
        p.kind = _bullet_kind(s)
    if p.kind == "credit":
        p.kind = "footer" if FOOTER.search(s) else "credit"
    elif p.kind == "subtitle":
        p.kind = "heading"
    elif p.kind != "body":
        pass
    elif _CONTROLS.match(s.strip()) or _WECHAT_CONTROLS.match(s.strip()):
        p.kind = "footer"
    elif _END_MARK.fullmatch(s.strip()):
        p.kind = "footer"  # 【结束】, （完）: where a script or a story ends, no headline
    elif _ON_AIR.fullmatch(s.strip()):
        p.kind = "credit"  # 观众朋友们，晚上好。: a programme's greeting and farewell, no news
    elif (
        _BREADCRUMB.match(s.strip())
        or _POSTED.match(s.strip())
        or _DATED_CREDITS.match(s.strip())
        or (_DATE_IN_BRACKETS.match(s.strip()) and not unit_line(s))
        or _PLACEHOLDER.fullmatch(s.strip())
        or _posted(s.strip())  # 原创 …, the account and when it posted
    ):
        # (but （2026年12月起执行　单位：元/斤） gives the unit the table under it is read in)
        p.kind = "credit"
    elif EDITOR_NOTE.match(s.strip()):
        p.kind = "note"
    elif _PHOTO_OPENING.match(s) or (_PHOTO_CLOSING.search(s) and len(s) <= PHOTO_CAPTION_MAX):
        p.kind = "caption"
    elif _ENDS_WITH_PHOTO.search(s):
        p.kind = "caption" if "。" in s or len(s) > 20 else "credit"
    elif _PHOTO_CREDIT.search(s):
        p.kind = "caption" if "。" in s or len(s) > 40 else "credit"
    elif (
        SCRIPT_CUE.match(s.strip())
        or p.bare_figure
        or _MINUTES_FIELD.match(s.strip())
        or _TOLD_BY.match(s.strip())
        or s.lstrip().startswith(DOT_POINTS)  # a slide's or a list's dotted point
        or s.lstrip().startswith(tuple(CHECK_BOXES))  # a form's item, ticked or not
        or _DIARY_DAY.fullmatch(s.strip())
        or _TAGGED_DATE.fullmatch(s.strip())
        or unit_line(s)
        or _CLOCK_ENTRY.match(s.strip())
        or (_BULLETED_DATUM.match(s.strip()) and not _INDEXED.search(s.strip()))
    ):
        # A script's cues and speakers (【解说】, 【同期声】村民 张明) and a figure's own line
        # (2.3万人 over 新增城镇就业, ▶ 新增就业：1.2万人) are text, whatever their shape, and
        # so are the fields minutes open with (地点：…, 主持：…, 出席：…), the unit line
        # over a table (单位：吨), which its cells are read in, and a programme's or a live
        # report's entries, each led by its clock time (19:30　3. 舞蹈《…》), and a data
        # box's marked figures.
        return p
    elif _fields(s) or (_FORM_LINE.fullmatch(s.strip()) and not _COUNTED_FIELD.match(s.strip())):
        p.kind = "credit"  # 记者：张明　编辑：李华　时长：2分36秒
    elif _NAMES_IN_PARENS.match(s) or _AUTHOR.match(s) or _WRITERS.match(s) or _names(p):
        p.kind = "byline"
    elif FOOTER.search(s):
        p.kind = "footer"
    elif p.lines == 1 and heading_like(s, limit=64 if first else 40):
        p.kind = "heading"
    elif heading_like(s, limit=64) and ABOUT_TITLE.fullmatch(s.strip()):
        p.kind = "heading"  # 关于印发… / …的通知: a document's title a PDF broke over lines
    elif first and p.lines == 1 and _BRACKETED_TITLE.fullmatch(s.strip()):
        p.kind = "heading"  # 【某镇“银龄课堂”开课啦！】 over a post's text: its title
    elif first and p.lines == 1 and _POST_TITLE.fullmatch(s.strip()):
        p.kind = "heading"  # 🎉某县又添新景区！首日迎客8000人次: a post's title, its cry kept
    elif _short_caption(s):
        # A caption, or the last words of a paragraph broken around a photo: the page
        # assembly decides by whether the paragraph before it is still open.
        p.kind = "short"
    return p


def _dated_item(p: Paragraph, after: Paragraph) -> bool:
    """■ 某镇日间照料中心启用（2026-04-08） over its text: a site's list of news, each item's
    headline marked and dated, then its few sentences."""
    return p.kind == "body" and dated_item(p) and after.kind == "body"


def dated_item(p: Paragraph) -> bool:
    return p.lines == 1 and _DATED_ITEM.fullmatch(p.simplified.strip()) is not None


_DATED_ITEM = re.compile(
    rf"[{BULLETS}]\s*[^。；，,！？!?]{{4,40}}?\s*"
    r"[（(](?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)[）)]"
)


def _labelled_points(paragraphs: list[Paragraph]) -> None:
    """● 某社区服务站：床位12张，… under the text it carries on from, no blank line between:
    a leaflet's marked points, each a label and what it says, not a digest's briefs."""
    for p, after in pairwise(paragraphs):
        if (
            after.kind == "brief"
            and not after.blank_before
            and p.kind == "body"
            and _LABELLED_POINT.match(after.simplified.strip())
        ):
            after.kind = "body"


def _introduced_items(paragraphs: list[Paragraph]) -> None:
    """名单如下： / 某镇：某村河段、某村水库 / 某镇：某水库: two or more lines of a label and its
    words right under the sentence that leads into them, no blank line between, are the list it
    announces, not headlines (a roundup's 某镇：… headline has its story under it)."""
    run: list[Paragraph] = []
    for p, after in pairwise([*paragraphs, None]):
        if not run and not (p.kind == "body" and p.simplified.rstrip().endswith(("：", ":"))):
            continue
        if after is not None and (
            after.kind == "heading"
            and after.lines == 1
            and not after.blank_before
            and _INTRODUCED_ITEM.match(after.simplified.strip())
        ):
            run.append(after)
            continue
        if len(run) >= INTRODUCED_ITEMS_MIN:
            for item in run:
                item.kind = "body"
        run = []


_INTRODUCED_ITEM = re.compile(r"[^：:，,。；;！？!?\s]{2,12}[：:]\s*[^\s：:]")
INTRODUCED_ITEMS_MIN = 2


_LABELLED_POINT = re.compile(rf"[{BULLETS}]\s*[^。；，,！？!?：:]{{2,16}}[：:]")


def _marked_headline(p: Paragraph, after: Paragraph) -> bool:
    """●某镇开展…活动 over the unmarked text it heads: a column's item printed with its own
    headline, not a photo's caption."""
    s = p.simplified.strip()
    return (
        p.kind == "caption"
        and p.lines == 1
        and s.startswith("●")
        and not is_photo_caption(s)
        and after.kind == "body"
        and not after.simplified.lstrip().startswith(tuple(BULLETS))
    )


def _bullet_kind(s: str) -> str:
    """● ■ ◆ mark photo captions and one-paragraph briefs: a caption says it describes a
    photo, or (after ●) is a phrase; a brief is sentences. A mark before a column's name
    (■ 图片新闻) heads the column. A phrase after another mark is read as any line is: ■ 强化
    督查 is a sub-heading."""
    if COLUMN_LABEL.match(re.sub(r"\s+", "", s.lstrip(BULLETS))):
        return "heading"
    if is_photo_caption(s):
        return "caption"
    if re.search(r"[，。,]", s.rstrip("。")):
        return "brief"
    return "caption" if s.lstrip().startswith("●") else "body"


def _fields(s: str) -> bool:
    """A line of a broadcast script's or a web page's credits: two fields or more, each a
    role and its value (记者：张明　编辑：李华　时长：2分36秒)."""
    return len(s) <= FIELDS_MAX and len(_FIELD.findall(s)) >= 2 and not _SENTENCE_PUNCT.search(s)


def _names(p: Paragraph) -> bool:
    return p.lines == 1 and bool(_NAMES_LINE.match(p.simplified.strip()))


def _short_caption(s: str) -> bool:
    """A photo caption: one short sentence naming what is shown (漯河市市民之家。)."""
    body = s.rstrip("。")
    return (
        s.endswith("。")
        and 3 <= len(body) <= 30
        and not re.search(r"[。，、；：！？,;:!?“”\"]", body)
        and not _SAYS.search(body)
        and not _DATED_ENTRY.match(body)  # 10月8日　县委召开…。: a chronicle's entry
    )


_DATED_ENTRY = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日[ \t\u3000]")


# Who said the quote before: 村民王大山说。 is text, not a caption.
_SAYS = re.compile(r"(?:说|表示|介绍|告诉记者|指出|感慨|笑着说|坦言)$")
