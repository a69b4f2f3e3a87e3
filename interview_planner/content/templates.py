"""Commented starter files for a question bank and a rubric (``bank template``, ``rubric template``).

Each template is valid as written (its placeholder text passes validation), so a user can import it
straight away to see where things appear, then replace the text.
"""

from __future__ import annotations

from pathlib import Path

from interview_planner.content.schema import is_slug
from interview_planner.errors import InputError

BANK_TEMPLATE = """\
# A question bank for Interview Loop Planner (format: docs/formats.md, "Question banks").
# Replace every text below, keep the keys. Import with: interview-planner bank import {name}
format: interview-planner/question-bank@1
bank: {skill}-team              # bank id: lowercase words joined by '-'; question ids are unique within it
title: Our {skill} questions
questions:
  - id: {skill}-01              # stable: re-importing an edited file updates this question in place
    # Past behaviour ("Tell me about a time...") predicts best; mark hypotheticals as situational.
    text: >-
      Tell me about a time you had to change a decision about {skill} after new facts came in.
      What did you decide first, what changed, and what did you do?
    kind: behavioural           # technical | system_design | coding | behavioural | situational
    minutes: 15                 # 1..120
    difficulty: medium          # easy | medium | hard
    skills: [{skill}]           # catalogue slugs ('interview-planner skill list'); the primary skill first
    follow_ups:                 # at least two: what you ask to get past the rehearsed answer
      - What did you know at the first decision, and what did you learn later?
      - Who did you have to convince, and how?
    strong_signals:             # observable things a strong answer shows (at least one)
      - Names the specific facts that changed and the cost of changing course.
    weak_signals:               # observable things a weak answer shows (at least one)
      - Describes the team's decision with no part of their own in it.
  - id: {skill}-02
    text: >-
      Here is a short function from our code base. Review it as you would a colleague's pull request.
    kind: coding
    minutes: 25
    difficulty: medium
    skills: [{skill}]
    follow_ups:
      - Which of your comments would block the merge, and why?
      - How would you test the change you are asking for?
    strong_signals:
      - Finds the defect in the loop bound and explains the input that triggers it.
    weak_signals:
      - Comments on naming and formatting only.
    artefact:                   # optional: what the candidate works on, printed in the packet
      kind: code                # code | diff | data | text
      title: The function under review
      language: python
      content: |
        def last_items(items, n):
            return [items[i] for i in range(len(items) - n, len(items) + 1)]
"""

RUBRIC_TEMPLATE = """\
# A rubric for Interview Loop Planner (format: docs/formats.md, "Rubrics").
# Four levels; each anchor is a behaviour an interviewer can observe in the interview, at most three per
# level. Import with: interview-planner rubric import {name}
# (importing onto a skill that has a rubric needs --replace; the old one stays restorable)
format: interview-planner/rubric@1
skill: {skill}                  # the catalogue slug this rubric scores
title: {skill}
anchors_required: 2             # how many anchors of a level must be observed to give that level (1..3)
bars:                           # what a "Yes" (level 3) means for each target seniority: scope grows
  senior: Does this well for their own team's work, without help.
  staff: Sets how several teams do this, and they follow because it works.
  principal: Shapes how the whole organisation does this, and can show the result.
levels:
  - level: 1
    label: Strong no
    summary: Cannot show the skill even with prompting.
    anchors:
      - Gives only general statements, no example of their own, after two prompts.
      - Describes a result that contradicts the basics of the skill and does not notice.
  - level: 2
    label: "No"                 # quote No and Yes: YAML 1.1 reads them as booleans
    summary: Shows parts of the skill, with gaps that matter at this level.
    anchors:
      - Gives an example of their own but cannot say why they chose what they did.
      - Needs the interviewer to point out the main risk.
  - level: 3
    label: "Yes"
    summary: Would hire at the level of the role.
    anchors:
      - Gives a specific example with their own decisions and the trade-offs they weighed.
      - Names how they knew it worked, with a measure.
  - level: 4
    label: Strong yes
    summary: Clearly exceeds the level of the role.
    anchors:
      - Changed how others work, and shows the evidence that it lasted.
      - Anticipates the follow-up questions and answers them with data.
"""


def write_template(path: Path, kind: str, *, skill: str = "my-skill") -> Path:
    """Write a starter ``bank`` or ``rubric`` file; an existing file is never overwritten."""
    if not is_slug(skill):
        raise InputError(f"{skill!r} is not a skill slug (lowercase words joined by '-')", field="--skill")
    if path.exists():
        raise InputError("the file exists already; choose another name", file=path)
    template = BANK_TEMPLATE if kind == "bank" else RUBRIC_TEMPLATE
    try:
        path.write_text(template.format(skill=skill, name=path.name), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the file ({exc.strerror})", file=path) from None
    return path
