"""A posting in Traditional Chinese (round 20 of #18; our own posting): Taiwan's and Hong Kong's job boards write the
same headings and people skills as Simplified Chinese postings in other characters (溝通, 團隊合作, 資料庫, 優先)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from interview_planner.jd.parser import parse_job_description

POSTING = """# 後端工程師

## 關於我們
我們是一家位於台北的新創公司。

## 工作內容
- 設計與開發後端服務

## 職位要求
- 熟悉 Python 或 Go 語言
- 熟悉 MySQL 資料庫
- 良好的溝通能力與團隊合作精神

## 加分條件
- 有 Kubernetes 使用經驗者優先
"""


def test_a_traditional_chinese_posting_reads_its_sections_kinds_and_priorities() -> None:
    parsed = parse_job_description(POSTING)
    assert parsed.title == "後端工程師"
    assert [(s.source, s.kind, s.priority) for s in parsed.skills] == [
        ("- 熟悉 Python 或 Go 語言", "hard", "must"),
        ("- 熟悉 MySQL 資料庫", "hard", "must"),
        ("- 良好的溝通能力與團隊合作精神", "soft", "must"),
        ("- 有 Kubernetes 使用經驗者優先", "hard", "nice"),
    ]


@pytest.mark.parametrize(
    ("line", "kind", "slug"),
    [
        ("熟悉 MySQL 資料庫", "hard", "databases-caching"),  # (as "熟悉 MySQL 数据库" links)
        ("良好的溝通能力", "soft", "written-communication"),
        ("熟悉分散式系統設計", "hard", "distributed-systems-design"),
    ],
)
def test_traditional_chinese_words_link_to_their_catalogue_skill(
    link_of: Callable[[str, str], object], line: str, kind: str, slug: str
) -> None:
    assert link_of(line, kind).slug == slug  # type: ignore[attr-defined]
