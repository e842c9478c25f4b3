from __future__ import annotations

from counterpoint.ingest.boilerplate import is_boilerplate_line, strip_boilerplate

ARTICLE = [
    "Protesters gathered in the main square on Wednesday.",
    "Police said 12 people were detained, and the comments section of the ministry site was closed.",
    "Share prices fell in Almaty.",
]


def test_furniture_lines():
    for line in [
        "Leave a Reply", "Leave a comment", "Your email address will not be published.",
        "Required fields are marked *", "Spread the love", "Share this:", "Back to top button",
        "0 0", "12 3", "Related Articles", "Article Categories:", "Tweet", "Name *",
        "If you notice an error in the text, select it and press Ctrl + Enter to send the information to the editor.",
        "You might also want to read https://example.com/2022/01/09/x/", "Advertisement",
    ]:  # fmt: skip
        assert is_boilerplate_line(line), line


def test_article_lines_untouched():
    for line in [*ARTICLE, "Comment:", "News:", "Source: Yonhap News", "About Kazakhstan", "2,000 people"]:
        assert not is_boilerplate_line(line), line


def test_related_list_and_author_blurb():
    text = "\n".join(
        [*ARTICLE, "", "Jane Roe", "Jane Roe is a senior reporter covering Central Asia for the site.", "Related Articles", "Five things to know about the CSTO", "Gas prices compared", "Leave a Reply"]
    )
    cleaned = strip_boilerplate(text)
    assert cleaned.text == "\n".join(ARTICLE)
    assert "Jane Roe" in cleaned.removed and "Gas prices compared" in cleaned.removed


def test_trailing_other_script_form_only_at_the_end():
    korean_form = ["댓글 남기기", "이메일은 공개되지 않습니다."]
    cleaned = strip_boilerplate("\n".join([*ARTICLE, "", *korean_form]))
    assert cleaned.text == "\n".join(ARTICLE)
    middle = [*ARTICLE[:1], "Алматы — крупнейший город.", *ARTICLE[1:]]
    assert strip_boilerplate("\n".join(middle)).text == "\n".join(middle)


def test_article_in_another_script_kept_whole():
    russian = ["Протесты начались второго января в Жанаозене.", "Полиция задержала десятки людей.", "Алматы"]
    assert strip_boilerplate("\n".join(russian)).text == "\n".join(russian)
