"""Quoted phrases in every style the press prints them."""

from govdb.programs.quotes import Quote, find_quotes


def _contents(text: str) -> list[str]:
    return [q.content for q in find_quotes(text)]


def test_curly_quotes_with_span() -> None:
    assert (Quote(2, 8, "五基四化"),) == find_quotes("做实“五基四化”。")


def test_corner_brackets_and_double_corner_brackets() -> None:
    assert ["三个五百亿", "双长制"] == _contents("「三个五百亿」项目和『双长制』")


def test_a_line_break_inside_a_quote() -> None:
    assert ["三個\n\n五百億"] == _contents("「三個\n\n五百億」項目")


def test_single_quotes_nested_in_double_quotes_are_found_both() -> None:
    assert ["‘源汇小哥’红色驿站不仅", "源汇小哥"] == _contents("“‘源汇小哥’红色驿站不仅”")


def test_straight_quotes_paired_in_turn() -> None:
    assert ["时间银行", "窗帘之约"] == _contents('利用"时间银行"和"窗帘之约"。')


def test_straight_quotes_do_not_pair_across_paragraphs() -> None:
    assert [] == _contents('他说"好\n\n事"')


def test_straight_quotes_around_latin_text_are_not_chinese_quotes() -> None:
    assert [] == _contents('a "title" here')


def test_a_stray_opening_mark_pairs_with_nothing() -> None:
    assert ["四件事"] == _contents("“没有结尾的引号……“四件事”")


def test_a_curly_opening_closed_by_a_straight_mark() -> None:
    assert ["积分兑换"] == _contents('村里推行“积分兑换"，效果很好。')


def test_a_straight_opening_closed_by_a_curly_mark() -> None:
    assert ["积分兑换"] == _contents('村里推行"积分兑换”，效果很好。')


def test_mixed_marks_pair_in_turn_over_a_paragraph() -> None:
    text = '推行“院落议事"和"积分兑换”，又办起“爱心厨房"。'
    assert ["院落议事", "积分兑换", "爱心厨房"] == _contents(text)
    spans = [text[q.start : q.end] for q in find_quotes(text)]
    assert ['“院落议事"', '"积分兑换”', '“爱心厨房"'] == spans


def test_straight_quotes_nested_in_curly_ones() -> None:
    assert ['她说，"红马甲"天天来', "红马甲"] == _contents('“她说，"红马甲"天天来”')


def test_a_stray_straight_mark_does_not_pair_across_paragraphs() -> None:
    assert ["积分兑换"] == _contents('他说"好\n\n推行“积分兑换”')


def test_mixed_marks_with_a_clause_between_are_not_a_nested_pair() -> None:
    text = '推行“积分兑换"制度，又推出"红色代办”。'
    assert ["积分兑换", "红色代办"] == _contents(text)
