"""Postings in Italian, Portuguese, Polish, Finnish, Turkish and Czech (our own writing, round 18 of #18): their
sections, requirement lines, nice-to-have words, people skills and names, read as the other languages are."""

from __future__ import annotations

import pytest

from interview_planner.jd.model import SkillRequirement
from interview_planner.jd.parser import parse_job_description

ITALIAN = """# Sviluppatore Backend Senior

## Chi siamo
Siamo una startup che costruisce software per la logistica in tutta Italia.

## Cosa farai
- Progettare e sviluppare i nostri servizi in Python
- Partecipare alle revisioni del codice

## Requisiti
- Almeno 5 anni di esperienza nello sviluppo backend
- Ottima conoscenza di Python e Django
- Esperienza con PostgreSQL e Redis
- Buone capacità comunicative e di lavoro in team
- Conoscenza della lingua inglese
- L'esperienza con Terraform è un plus

## Costituisce titolo preferenziale
- Esperienza con Kubernetes

## Cosa offriamo
- Buoni pasto e smart working
"""

PORTUGUESE = """# Engenheiro(a) de Software Pleno

## Sobre nós
Somos uma fintech que ajuda pequenas empresas a receber pagamentos.

## O que você vai fazer
- Desenvolver novas funcionalidades em Node.js
- Participar das revisões de código

## O que esperamos de você
- Experiência com Node.js e TypeScript
- Conhecimento em bancos de dados relacionais (PostgreSQL)
- Boa comunicação e trabalho em equipe
- Experiência com AWS será um diferencial

## Benefícios
- Vale-refeição e plano de saúde
"""

POLISH = """# Programista Java (Senior)

## O nas
Tworzymy oprogramowanie dla banków w Polsce.

## Twoje zadania
- Projektowanie i rozwój mikroserwisów w Javie
- Udział w code review

## Wymagania
- Minimum 5 lat doświadczenia w programowaniu w Javie
- Bardzo dobra znajomość Spring Boot
- Doświadczenie w pracy z bazami danych SQL
- Umiejętność pracy w zespole
- Znajomość AWS będzie dodatkowym atutem

## Mile widziane
- Doświadczenie z Kafka

## Oferujemy
- Prywatną opiekę medyczną
"""

FINNISH = """# Ohjelmistokehittäjä

## Keitä olemme
Rakennamme verkkokauppoja suomalaisille yrityksille.

## Tehtävät
- Kehität verkkokauppa-alustaamme Reactilla

## Odotamme sinulta
- Kokemusta TypeScriptistä
- Hyvä SQL-osaaminen
- Hyvät vuorovaikutustaidot

## Eduksi katsotaan
- Kokemus AWS:stä

## Tarjoamme
- Joustavat työajat
"""

TURKISH = """# Kıdemli Backend Geliştirici

## Hakkımızda
İstanbul merkezli bir e-ticaret şirketiyiz.

## İş Tanımı
- Mikroservislerimizi Go ile geliştirmek
- Kod incelemelerine katılmak

## Aranan Nitelikler
- En az 5 yıl yazılım geliştirme deneyimi
- Go veya Java ile iyi derecede deneyim
- PostgreSQL ve Redis konusunda bilgi sahibi
- Takım çalışmasına yatkın ve iletişim becerileri kuvvetli
- İyi derecede İngilizce bilen
- Docker bilgisi tercih sebebidir

## Tercih Sebebi
- Kubernetes deneyimi olan

## Yan Haklar
- Özel sağlık sigortası
"""

CZECH = """# Backend vývojář (Python)

## O nás
Jsme česká firma, která vyvíjí software pro nemocnice.

## Náplň práce
- Vývoj a údržba našich služeb v Pythonu
- Code review

## Co od tebe očekáváme
- Alespoň 3 roky zkušeností s vývojem v Pythonu
- Znalost Django nebo FastAPI
- Zkušenosti s PostgreSQL
- Komunikativnost a schopnost pracovat v týmu
- Angličtina na komunikativní úrovni
- Znalost Kubernetes je výhodou

## Výhodou
- Zkušenosti s AWS

## Co nabízíme
- 5 týdnů dovolené
"""


def _by_source(skills: list[SkillRequirement]) -> dict[str, SkillRequirement]:
    """Each skill by its requirement's line, the list marker left out (a line giving two skills: its last)."""
    return {skill.source.lstrip("- "): skill for skill in skills}


def _sources(text: str) -> list[str]:
    return list(dict.fromkeys(s.source.lstrip("- ") for s in parse_job_description(text).skills))


def test_an_italian_postings_requirements_plus_and_preferred_section() -> None:
    parsed = parse_job_description(ITALIAN)
    assert _sources(ITALIAN) == [
        "Almeno 5 anni di esperienza nello sviluppo backend",
        "Ottima conoscenza di Python e Django",
        "Esperienza con PostgreSQL e Redis",
        "Buone capacità comunicative e di lavoro in team",
        "Conoscenza della lingua inglese",
        "L'esperienza con Terraform è un plus",
        "Esperienza con Kubernetes",
    ]  # the company, the duties and the benefits are none of them
    by_source = _by_source(parsed.skills)
    assert by_source["Esperienza con Kubernetes"].priority == "nice"  # "Costituisce titolo preferenziale"
    assert by_source["L'esperienza con Terraform è un plus"].priority == "nice"
    assert by_source["Esperienza con PostgreSQL e Redis"].priority == "must"
    assert by_source["Buone capacità comunicative e di lavoro in team"].kind == "soft"
    assert by_source["Conoscenza della lingua inglese"].kind == "soft"
    # the names drop the sentence's frame; "e" between technologies splits them
    assert [s.name for s in parsed.skills][:5] == ["Sviluppo backend", "Python", "Django", "PostgreSQL", "Redis"]
    assert by_source["L'esperienza con Terraform è un plus"].name == "Terraform"  # (and French "L'expérience")
    french = parse_job_description("# Ingénieur\n\n## Profil\n- L'expérience avec Terraform est un plus\n")
    assert [s.name for s in french.skills] == ["Terraform"]
    assert [s.kind for s in parsed.sections if s.heading == "Cosa offriamo"] == ["benefits"]
    assert [s.kind for s in parsed.sections if s.heading == "Cosa farai"] == ["responsibilities"]


def test_a_portuguese_postings_expectations_and_differential() -> None:
    parsed = parse_job_description(PORTUGUESE)
    assert _sources(PORTUGUESE) == [
        "Experiência com Node.js e TypeScript",
        "Conhecimento em bancos de dados relacionais (PostgreSQL)",
        "Boa comunicação e trabalho em equipe",
        "Experiência com AWS será um diferencial",
    ]
    by_source = _by_source(parsed.skills)
    assert by_source["Experiência com AWS será um diferencial"].priority == "nice"
    assert by_source["Experiência com AWS será um diferencial"].name == "AWS"
    assert by_source["Boa comunicação e trabalho em equipe"].kind == "soft"
    assert [s.name for s in parsed.skills][:3] == ["Node.js", "TypeScript", "Bancos de dados relacionais"]


def test_a_polish_postings_requirements_and_welcome_extras() -> None:
    parsed = parse_job_description(POLISH)
    assert _sources(POLISH) == [
        "Minimum 5 lat doświadczenia w programowaniu w Javie",
        "Bardzo dobra znajomość Spring Boot",
        "Doświadczenie w pracy z bazami danych SQL",
        "Umiejętność pracy w zespole",
        "Znajomość AWS będzie dodatkowym atutem",
        "Doświadczenie z Kafka",
    ]  # "Udział w code review" is a duty
    by_source = _by_source(parsed.skills)
    assert by_source["Doświadczenie z Kafka"].priority == "nice"  # "Mile widziane"
    assert by_source["Znajomość AWS będzie dodatkowym atutem"].priority == "nice"
    assert by_source["Bardzo dobra znajomość Spring Boot"].priority == "must"
    assert by_source["Umiejętność pracy w zespole"].kind == "soft"
    assert by_source["Bardzo dobra znajomość Spring Boot"].name == "Spring Boot"
    assert by_source["Znajomość AWS będzie dodatkowym atutem"].name == "AWS"
    assert parsed.title == "Programista Java (Senior)"


def test_a_finnish_postings_expectations_and_advantage() -> None:
    parsed = parse_job_description(FINNISH)
    assert _sources(FINNISH) == [
        "Kokemusta TypeScriptistä",
        "Hyvä SQL-osaaminen",
        "Hyvät vuorovaikutustaidot",
        "Kokemus AWS:stä",
    ]
    by_source = _by_source(parsed.skills)
    assert by_source["Kokemus AWS:stä"].priority == "nice"
    assert by_source["Hyvät vuorovaikutustaidot"].kind == "soft"
    assert by_source["Hyvä SQL-osaaminen"].kind == "hard"


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        # (databases, as "Experience with relational databases" links; SQL, the querying, has it as its broader)
        ("- Esperienza con basi di dati relazionali", "databases-caching"),
        ("- Conhecimento em bancos de dados", "databases-caching"),
        ("- Znajomość Dockera", "containers-kubernetes"),  # (a case ending: "Docker")
        ("- Doświadczenie w pracy z bazami danych", "databases-caching"),
        ("- Experience with Spring Boot", "programming-proficiency"),
        ("- Experience with NodeJS", "programming-proficiency"),
        ("- Experience with Laravel", "programming-proficiency"),
        ("- Capacità di problem solving", "problem-solving"),
    ],
)
def test_words_of_these_languages_and_server_frameworks_link_to_their_skill(slugs_of, line: str, slug: str) -> None:  # type: ignore[no-untyped-def]
    assert slugs_of(line) == [slug]


def test_words_that_mean_something_else_in_other_languages_change_nothing() -> None:
    # Swedish "i" is "in", not Polish "and": "Kotlin eller Java" still splits
    text = "# Utvecklare\n\n## Vem är du?\n- Goda kunskaper i Kotlin eller Java\n"
    assert [s.name for s in parse_job_description(text).skills] == ["Kotlin", "Java"]
    # an English "e.g." or a lone "e" is no Italian "and"
    text = "# Engineer\n\n## Requirements\n- Experience with queues, e.g. Kafka\n"
    assert [s.name for s in parse_job_description(text).skills] == ["Queues"]


def test_a_turkish_postings_qualifications_and_reasons_to_prefer() -> None:
    parsed = parse_job_description(TURKISH)
    assert _sources(TURKISH) == [
        "En az 5 yıl yazılım geliştirme deneyimi",
        "Go veya Java ile iyi derecede deneyim",
        "PostgreSQL ve Redis konusunda bilgi sahibi",
        "Takım çalışmasına yatkın ve iletişim becerileri kuvvetli",
        "İyi derecede İngilizce bilen",
        "Docker bilgisi tercih sebebidir",
        "Kubernetes deneyimi olan",
    ]  # the company, the duties and the benefits are none of them
    by_source = _by_source(parsed.skills)
    assert by_source["Kubernetes deneyimi olan"].priority == "nice"  # "Tercih Sebebi": a reason to prefer
    assert by_source["Docker bilgisi tercih sebebidir"].priority == "nice"
    assert by_source["PostgreSQL ve Redis konusunda bilgi sahibi"].priority == "must"
    assert by_source["Takım çalışmasına yatkın ve iletişim becerileri kuvvetli"].kind == "soft"
    assert by_source["İyi derecede İngilizce bilen"].kind == "soft"  # (a capital dotted "İ")
    # Turkish names the skill first and its frame after it: the names keep the skill
    assert [s.name for s in parsed.skills][:5] == ["Yazılım geliştirme", "Go", "Java", "PostgreSQL", "Redis"]
    assert by_source["Kubernetes deneyimi olan"].name == "Kubernetes"
    assert parsed.title == "Kıdemli Backend Geliştirici"


def test_a_czech_postings_expectations_and_advantages() -> None:
    parsed = parse_job_description(CZECH)
    assert _sources(CZECH) == [
        "Alespoň 3 roky zkušeností s vývojem v Pythonu",
        "Znalost Django nebo FastAPI",
        "Zkušenosti s PostgreSQL",
        "Komunikativnost a schopnost pracovat v týmu",
        "Angličtina na komunikativní úrovni",
        "Znalost Kubernetes je výhodou",
        "Zkušenosti s AWS",
    ]  # "O nás" is the company, not a requirement
    by_source = _by_source(parsed.skills)
    assert by_source["Zkušenosti s AWS"].priority == "nice"  # "Výhodou": an advantage
    assert by_source["Znalost Kubernetes je výhodou"].priority == "nice"
    assert by_source["Zkušenosti s PostgreSQL"].priority == "must"
    assert by_source["Komunikativnost a schopnost pracovat v týmu"].kind == "soft"
    assert [s.name for s in parsed.skills][1:4] == ["Django", "FastAPI", "PostgreSQL"]
    assert by_source["Znalost Kubernetes je výhodou"].name == "Kubernetes"


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("- İyi derecede İngilizce", "written-communication"),
        ("- Veritabanı tasarımı deneyimi", "sql"),
        ("- Zkušenosti s databázemi", "sql"),
    ],
)
def test_turkish_and_czech_words_link_to_their_skill(slugs_of, line: str, slug: str) -> None:  # type: ignore[no-untyped-def]
    assert slugs_of(line) == [slug]


def test_a_dotless_i_written_as_any_letter_catches_no_english_word() -> None:
    # (Turkish words are written with "\w" for "ı" in the word lists: "Art" of "Artificial" is no Turkish "Artı")
    text = "# AI Engineer\n\n## Artificial Intelligence Skills\n- Research experience in vision\n- Python\n"
    assert [s.priority for s in parse_job_description(text).skills] == ["must", "must"]


MIXED = """# Backend Engineer

## {heading}
- Build and run our payment APIs
- 5+ years of experience with Python
- Strong knowledge of PostgreSQL
- Excellent communication skills
- Kubernetes
"""


@pytest.mark.parametrize(
    "heading",
    [
        "Responsibilities and Requirements",
        "Duties & Qualifications",
        "Job Description and Requirements",
        "Aufgaben & Anforderungen",
    ],
)
def test_a_heading_naming_duties_and_requirements_reads_each_item_by_what_it_says(heading: str) -> None:
    parsed = parse_job_description(MIXED.format(heading=heading))
    assert [s.source.lstrip("- ") for s in parsed.skills] == [
        "5+ years of experience with Python",
        "Strong knowledge of PostgreSQL",
        "Excellent communication skills",
        "Kubernetes",
    ]
    assert parsed.responsibilities == ["Build and run our payment APIs"]


def test_a_chinese_heading_naming_qualifications_and_duties_keeps_the_requirements() -> None:
    text = (
        "# 前端开发工程师\n\n## 任职资格与岗位职责\n1. 三年以上前端开发经验；\n2. 精通React和TypeScript；\n"
        "3. 负责商家后台的前端开发。\n\n## 我们期待你\n1. 有良好的沟通能力；\n"
    )
    parsed = parse_job_description(text)
    assert [s.name for s in parsed.skills] == ["三年以上前端开发经验", "精通React和TypeScript", "有良好的沟通能力"]
    assert parsed.responsibilities == ["负责商家后台的前端开发。"]


KOREAN = """# 백엔드 개발자 (Python)

## 회사 소개
저희는 물류 스타트업입니다.

## 주요 업무
- 결제 API 설계 및 개발
- 서비스 운영 및 장애 대응

## 자격 요건
- Python 개발 경력 3년 이상
- Django 또는 FastAPI 사용 경험
- 원활한 커뮤니케이션 능력

## 우대 사항
- Kubernetes 운영 경험

## 복지 및 혜택
- 유연 근무제
"""


def test_a_korean_postings_qualifications_and_preferred_points() -> None:
    parsed = parse_job_description(KOREAN)
    assert [(s.name, s.kind, s.priority) for s in parsed.skills] == [
        ("Python", "hard", "must"),
        ("Django", "hard", "must"),
        ("FastAPI", "hard", "must"),
        ("원활한 커뮤니케이션", "soft", "must"),
        ("Kubernetes", "hard", "nice"),  # "우대 사항": preferred
    ]  # the company, the duties and the benefits are none of them
    assert parsed.title == "백엔드 개발자 (Python)"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("有良好的沟通能力", "written-communication"),
        ("熟悉MySQL数据库", "databases-caching"),
        ("有分布式系统开发经验", "distributed-systems-design"),
        ("熟悉机器学习算法", "machine-learning"),
        ("具备良好的团队合作精神", "cross-functional-collaboration"),
    ],
)
def test_chinese_words_link_inside_runs_of_characters(slugs_of, text: str, slug: str) -> None:  # type: ignore[no-untyped-def]
    assert slugs_of(f"- {text}") == [slug]
