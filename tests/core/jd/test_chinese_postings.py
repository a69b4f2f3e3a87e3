"""A posting written in Chinese (round 15 of issue #18: set 5l held Chinese postings, which were refused): its
sections, numbered items, nice-to-haves and soft skills; our own posting."""

from __future__ import annotations

from interview_planner.jd.parser import parse_job_description

POSTING = """# 数据平台工程师

## 岗位职责
1、负责数据平台的设计与开发
2、参与代码评审

## 任职要求
1、3年以上Python或Scala开发经验
2、熟悉Kafka、Flink等流处理框架
3、良好的沟通能力和团队合作精神

## 加分项
- 有开源项目经验者优先

## 福利待遇
- 五险一金
- 弹性工作
"""


def test_a_chinese_posting_gives_its_requirements_by_section() -> None:
    result = parse_job_description(POSTING, source_name="zh.md")
    assert result.title == "数据平台工程师"
    assert [(skill.line, skill.kind, skill.priority) for skill in result.skills] == [
        (8, "hard", "must"),
        (9, "hard", "must"),
        (10, "soft", "must"),
        (13, "hard", "nice"),
    ]
    assert result.skills[0].source == "1、3年以上Python或Scala开发经验"  # the line as written
    assert [duty for duty in result.responsibilities] == ["负责数据平台的设计与开发", "参与代码评审"]


def test_a_nice_cue_said_at_the_end_of_a_chinese_item() -> None:
    text = "# 后端工程师\n\n## 任职要求\n- 熟悉Go语言\n- 熟悉Rust者优先\n- 任务优先级管理能力\n"
    result = parse_job_description(text, source_name="zh.md")
    assert [skill.priority for skill in result.skills] == ["must", "nice", "must"]


def test_the_technologies_a_chinese_item_names_link_it() -> None:
    from interview_planner.services.linking import mentions

    # a run of Chinese characters is one word, the technologies written inside it are theirs
    assert [sorted(m.stems) for m in mentions("熟悉Docker和Kubernetes")][1:] == [["dock"], ["kubernet"]]
