"""Postings written in Japanese (round 19 of issue #18): written from the language, before any Japanese posting was
read (none of the collected sets holds one with a licence); our own postings. Japanese writes no spaces between
words, like Chinese, and kana between its kanji: its words are searched inside runs of characters."""

from __future__ import annotations

import pytest

from interview_planner.jd.parser import classify_heading, parse_job_description, short_name

MARKDOWN = """# バックエンドエンジニア（Go）

## 会社概要
私たちは物流のためのSaaSを開発しています。

## 仕事内容
・Goを用いたAPIの設計・開発
・AWS上のインフラの運用・改善

## 必須スキル
・Go、Python等を用いたWebアプリケーションの開発経験（3年以上）
・MySQLまたはPostgreSQLを用いたデータベース設計の経験
・Dockerの利用経験

## 歓迎スキル
・Kubernetesの運用経験
・テストの自動化やCI/CDの構築経験

## 求める人物像
・チームでのコミュニケーションを大切にできる方
・新しい技術の学習に意欲的な方

## 待遇・福利厚生
・リモートワーク可
・書籍購入補助

## 選考フロー
書類選考 → 面接（2回） → 内定
"""

# a job board's plain text: headings in 【】, items after ■, the title after a label
PLAIN = """【募集職種】フロントエンドエンジニア

【仕事内容】
自社サービスのフロントエンド開発をお任せします。

【必須スキル】
■ TypeScriptでの開発経験2年以上
■ HTML/CSSの知識

【歓迎スキル】
■ Next.jsの利用経験
■ アクセシビリティへの理解

【求める人物像】
■ ユーザー視点で考えられる方

【給与】
年収600万円〜900万円

【勤務地】
東京都渋谷区（リモート可）
"""


def test_a_japanese_posting_gives_its_requirements_by_section() -> None:
    parsed = parse_job_description(MARKDOWN, source_name="ja.md")
    assert parsed.title == "バックエンドエンジニア（Go）"
    assert [(s.name, s.kind, s.priority) for s in parsed.skills] == [
        ("Webアプリケーションの開発（Go、Python等）", "hard", "must"),
        ("データベース設計（MySQLまたはPostgreSQL）", "hard", "must"),
        ("Docker", "hard", "must"),
        ("Kubernetesの運用", "hard", "nice"),
        ("テストの自動化やCI/CDの構築", "hard", "nice"),
        ("チームでのコミュニケーションを大切に", "soft", "must"),
        ("新しい技術の学習に意欲的", "soft", "must"),
    ]
    assert parsed.skills[0].source == "・Go、Python等を用いたWebアプリケーションの開発経験（3年以上）"  # as written
    assert parsed.responsibilities == ["Goを用いたAPIの設計・開発", "AWS上のインフラの運用・改善"]


def test_a_job_board_text_with_bracketed_headings_and_a_labelled_title() -> None:
    parsed = parse_job_description(PLAIN, source_name="ja.txt")
    assert parsed.title == "フロントエンドエンジニア"
    assert [(s.name, s.kind, s.priority) for s in parsed.skills] == [
        ("TypeScriptでの開発", "hard", "must"),
        ("HTML", "hard", "must"),
        ("CSS", "hard", "must"),
        ("Next.js", "hard", "nice"),
        ("アクセシビリティ", "hard", "nice"),
        ("ユーザー視点で考えられる", "soft", "must"),  # (the person sought: soft, and must after the nice list)
    ]


@pytest.mark.parametrize(
    ("heading", "topic", "priority"),
    [
        ("必須スキル", "skills", None),
        ("歓迎スキル", "skills", "nice"),
        ("応募資格", "skills", None),
        ("仕事内容", "responsibilities", None),
        ("福利厚生", "benefits", None),
        ("会社概要", "company", None),
        ("選考フロー", "other", None),
        ("勤務地", "other", None),
    ],
)
def test_japanese_headings(heading: str, topic: str, priority: str | None) -> None:
    info = classify_heading(heading)
    assert (info.topic, info.priority) == (topic, priority)


def test_japanese_requirements_link_to_the_catalogue(db) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.services.linking import link_requirements

    parsed = parse_job_description(MARKDOWN + "\n" + PLAIN.split("【給与】")[0].split("【必須スキル】")[1])
    with db.read() as session:
        links = link_requirements(session, [(s.source, s.name, s.kind) for s in parsed.skills])
    slugs = {s.name: link.slug for s, link in zip(parsed.skills, links, strict=True)}
    assert slugs["データベース設計（MySQLまたはPostgreSQL）"] == "databases-caching"
    assert slugs["Docker"] == "containers-kubernetes"
    assert slugs["新しい技術の学習に意欲的"] == "continuous-learning"
    assert slugs["アクセシビリティ"] == "web-accessibility"
    assert slugs["ユーザー視点で考えられる"] == "customer-focus"


def test_a_chinese_line_keeps_its_name_whole() -> None:
    # (kana mark Japanese: Chinese writes none, and its names stay the line as written)
    assert short_name("3年以上Python或Scala开发经验") == "3年以上Python或Scala开发经验"


# (review 19b: a job board's plain text as it is most often laid out)
BOARD = """【未経験歓迎】【リモート可】

【募集職種】
インフラエンジニア

■必須スキル
・TerraformなどIaCツールの利用経験
・Kubernetesの本番運用経験

■歓迎スキル
・Airflowなどのワークフローエンジンの運用経験

■求める人物像
・責任感を持って最後までやり遂げられる方

【必須】Linuxサーバーの構築・運用経験
【歓迎】情報セキュリティに関する知識

■勤務地
東京都渋谷区

●雇用形態：正社員

こんな方はご遠慮ください
・指示待ちの方

■その他
・学歴不問
・未経験者歓迎
"""


def test_a_job_boards_title_headings_tags_and_what_is_not_asked() -> None:
    parsed = parse_job_description(BOARD, source_name="ja.txt")
    assert parsed.title == "インフラエンジニア"  # (the label on its own line, the banner of tags above it)
    assert [(s.name, s.kind, s.priority) for s in parsed.skills] == [
        ("TerraformなどIaCツール", "hard", "must"),
        ("Kubernetesの本番運用", "hard", "must"),
        ("Airflowなどのワークフローエンジンの運用", "hard", "nice"),
        ("責任感を持って最後までやり遂げられる", "soft", "must"),  # (a ■ heading opens its own section)
        ("Linuxサーバーの構築・運用", "hard", "must"),
        ("情報セキュリティ", "hard", "nice"),
    ]


def test_a_technology_written_against_kana_links_by_its_name(db) -> None:  # type: ignore[no-untyped-def]
    from interview_planner.services.linking import link_requirements

    parsed = parse_job_description(BOARD, source_name="ja.txt")
    with db.read() as session:
        links = link_requirements(session, [(s.source, s.name, s.kind) for s in parsed.skills])
    slugs = [link.slug for link in links]
    assert slugs[:3] == ["infrastructure-as-code", "containers-kubernetes", "data-pipelines"]
    assert slugs[3] == "ownership-accountability"  # (責任感: a sense of responsibility)
    assert slugs[4] == "linux-systems"


def test_domain_words_are_no_boilerplate_and_an_english_line_with_a_japanese_aside_is_named_in_english() -> None:
    text = (
        "# バックエンドエンジニア\n\n## 必須スキル\n- 社会保険・労務手続きに関する業務知識\n"
        "- 交通費精算システムの開発経験\n"
    )
    assert len(parse_job_description(text).skills) == 2
    assert (
        short_name("Experience with Japanese payment networks (Zengin / 全銀システム)") == "Japanese payment networks"
    )


@pytest.mark.parametrize(
    ("heading", "topic", "priority", "kind"),
    [
        ("WANT", None, "nice", None),
        ("あると嬉しいスキル", "skills", "nice", None),
        ("人物像", "skills", None, "soft"),
        ("こんな方はご遠慮ください", "other", None, None),
    ],
)
def test_more_japanese_headings(heading: str, topic: str | None, priority: str | None, kind: str | None) -> None:
    info = classify_heading(heading)
    assert (info.topic, info.priority, info.kind) == (topic, priority, kind)


def test_any_language_is_part_of_a_requirement_not_what_is_not_asked() -> None:
    # "言語不問" (any language) inside a requirement; "学歴不問" (no education requirement) is none
    text = "# エンジニア\n\n## 必須スキル\n- 言語不問、Webアプリケーションの開発経験3年以上\n- 学歴不問\n"
    assert [s.source for s in parse_job_description(text).skills] == [
        "- 言語不問、Webアプリケーションの開発経験3年以上"
    ]
