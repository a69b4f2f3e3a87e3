"""The words the job-description parser reacts to, kept apart from its logic.

Postings are written by people, so every rule of the parser comes down to a
list of words: which headings mean "skills", which phrases make a requirement
a nice-to-have, which words make a skill soft, which lead-ins a short name
drops. Keeping the lists here lets a reviewer tune them (or add a language)
without reading the parser, and lets the documentation point at one place.

All patterns are regular-expression fragments matched case-insensitively
against text whose typographic apostrophes were replaced by ``'``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Literal

from interview_planner.jd.matching import alternation

Topic = Literal[
    "title",
    "skills",
    "responsibilities",
    "company",
    "benefits",
    "compensation",
    "education",
    "experience",
    "other",
]

# --- headings -----------------------------------------------------------------
# A heading's topic is the FIRST group below with a matching pattern, so the
# order encodes precedence: "Education & Experience" is education,
# "Skills & Experience" is skills, "Experience Requirements" is experience,
# "Responsibilities & Requirements" is responsibilities, "Role requirements"
# is skills.
HEADING_TOPICS: Final[tuple[tuple[Topic, tuple[str, ...]], ...]] = (
    (
        "other",
        (
            r"employment requirements",
            r"conditions? of employment",
            r"eligibility",
            r"(?:résumé|resume|cv)",
            r"physical",
            r"how to apply",
            r"(?:employer|screening|application) questions",
            # a hiring step: the coding exercise ("`test`", "Assignment", "Take-home challenge")
            r"^(?:(?:technical|coding|home|take[- ]home)\s+)?(?:test|assignment|challenge|exercise)$",
            r"(?:coding|technical|take[- ]home) (?:test|assignment|challenge|exercise)",
            r"how we (?:hire|recruit|interview)",
            r"what happens next",
            r"how (?:it|this|the process|applying|hiring) works",
            r"our (?:hiring |interview )?process",
            r"application process",
            r"(?:interview|hiring|recruit\w*|selection) process",
            r"(?:candidate|applicant|application|hiring|interview) journey",
            r"^profile insights$",  # Indeed's match of the job to the reader's profile
            # a job board's facts and process in French and Spanish ("Déroulement des entretiens", InfoJobs'
            # "Tipo de contrato", "Jornada laboral", "Categoría", "Descripción")
            r"déroulement (?:des entretiens|du (?:processus|recrutement))|processus de recrutement"
            r"|proceso de selección|en savoir plus",
            r"^tipo de (?:industria|contrato|jornada)|^categoría$|^jornada(?: laboral)?$|^descripción(?: del puesto"
            r"| de la oferta)?$|^description (?:du poste|de l'offre)$",
            # the page around the posting: other postings, social links, the site's own sections ("Open positions"
            # may head the posting itself)
            r"^(?:related|similar|other|more|latest|featured|recent(?:ly)? (?:viewed|posted)) (?:\w+ )?(?:jobs|roles"
            r"|positions|openings|vacancies|opportunities)",
            r"(?:explore|browse|see|view) (?:more |all |other )?(?:jobs|roles|positions|openings|vacancies)",
            r"you (?:might|may) also like|follow us|share (?:this|the) (?:job|position|role|posting|page)",
            r"stay in touch|connect with us|newsletter|subscribe",
            r"^(?:\d+ )?(?:comments?|responses?|replies)$|^leave a (?:comment|reply)|^(?:kommentare|commentaires"
            r"|comentarios|comentários|reacties)$",
            r"^(?:useful |helpful )?(?:links|resources)$",
            r"ähnliche (?:jobs|stellen\w*)|weitere (?:jobs|stellen\w*)|folge uns|folgen sie uns",
            r"offres similaires|autres offres|suivez-nous|ofertas similares|otras ofertas|síguenos",
            r"vergelijkbare vacatures|andere vacatures|volg ons|vagas (?:semelhantes|relacionadas)|outras vagas"
            r"|siga-nos",
            r"next steps",
            # the page's questions and answers ("Common Questions", "FAQ", "Questions?") and "The Process"
            r"^(?:common|frequently asked|some|your|any|got|(?:still )?have|des|d'autres) questions\W*"
            r"(?:\(faqs?\)\W*)?$|^faqs?\W*$|^q ?& ?a\W*$"
            r"|^questions\W*(?:you (?:may|might) have\W*)?$|^(?:the )?process\W*$"
            r"|^(?:häufige|häufig gestellte) fragen\W*$|^(?:noch |weitere )?fragen\W*$"
            r"|^(?:questions fréquentes|foire aux questions)\W*$"
            r"|^¿?(?:tienes |alguna )?preguntas(?: frecuentes)?\W*$|^(?:veelgestelde |nog )?vragen\W*$",
            # what to do now: "Klinkt goed! En nu?", "Interested?", "So, what now?"
            r"(?:^|\W)en nu\W*$|^(?:and |so,? )?what now\W*$|^interested\W*$",
            r"career (?:progression|path)",
            r"location",
            r"disclaimer",
            r"work(?:ing)? (?:hours|schedule|environment|conditions)",
            r"travel",
            r"overview",
            r"summary",
            r"definition",
            r"job (?:details|type|description)",
            r"^sollicit\w*",  # Dutch: applying
            r"about the (?:job|position|opportunity)",
            r"contact",
            r"visa",
            r"sponsorship",
            r"start date",
            # Swedish, Norwegian, Danish: how to apply, the process, hours, place, contact
            r"ansökan\w*|ansöknings\w*|søknad\w*|ansøgning\w*|så söker du|hvordan søke|sådan søger du"
            r"|rekryteringsprocess\w*|rekrutteringsprosess\w*|rekrutteringsproces\w*|arbetstid|arbeidstid|arbejdstid"
            r"|tillträde|tiltredelse|tiltrædelse|arbetsort|arbeidssted|arbejdssted|kontaktperson\w*|^kontakt$",
            # Italian, Portuguese, Polish, Finnish (round 18): how to apply, the process, the place, the contract
            r"come candidarsi|modalità di candidatura|invio della candidatura|processo di selezione"
            r"|sede(?: di lavoro)?$"
            r"|tipo di contratto|^luogo di lavoro|come se candidatar|processo seletivo|etapas do processo"
            r"|local de trabalho|tipo de contrata\w*|jak aplikować|proces rekrutac\w*|lokalizacja|miejsce pracy"
            r"|rodzaj umowy|hakeminen|hakuprosessi|rekrytointiprosessi|työpaikan sijainti|sijainti",
            # Turkish, Czech (round 18): applying, the process, the place, the way of working
            r"başvuru (?:süreci|yöntemi|adresi|formu)|nas\wl başvur\w*|işe al\wm süreci"
            r"|mülakat süreci|lokasyon|çal\wşma (?:şekli|saatleri|yeri)"
            r"|jak se (?:přihlásit|hlásit)|výběrové řízení|místo (?:výkonu )?práce|pracovní doba|typ úvazku",
            # Korean (round 18): how to apply, the hiring steps, the place and terms
            r"지원 ?방법|채용 ?절차|전형 ?절차|채용 ?프로세스|근무 ?(?:지|장소|형태|조건|시간)"
            r"|접수 ?방법|제출 ?서류|기타 ?사항",
        ),
    ),
    (
        "benefits",
        (
            r"benefits?",
            r"perks?",
            r"what we offer",
            r"we offer",
            r"what (?:work(?:ing)? here|the (?:job|role|position)|this (?:job|role|position)) offers",
            r"why (?:join|work|you'll love)",
            r"why us",
            # "Why Atrix:", "Why you'll love it here": what the company offers; not "Why we might like you"
            r"^why\b(?! we(?:'d|'ll| would| might| will| may)? (?:like|love|want|need|pick|choose|hire) you)",
            r"in return",
            r"what's in it for you",
            # "You will get this from us:", "What you can look forward to"
            r"(?:get|receive) (?:this |these |the following )?from us|what you(?:'ll| will)? get",
            # asked: "What can you get?", "What will you learn?" (an internship's gains)
            r"^what (?:can|do|will|would) you (?:get|gain|learn)\b(?! (?:done|right|to)\b)",
            r"^what you(?:'ll| will)? learn\b",
            r"(?:what )?you can look forward to",
            # (round 33) "What you can expect working with us:", "What you can expect from us" (not what the
            # interview or the process holds: "What you can expect in the interview")
            r"^what (?:you can|to) expect (?:from us|working (?:with|for|at) us|when (?:you )?(?:join|working)\b"
            r"|as (?:an? |our )?(?:employee|team member|colleague))\W*$",
            r"avantages",
            r"nous (?:offrons|proposons)",
            r"wir bieten",
            r"(?:te )?ofrecemos",
            r"benef[ií]cios",
            r"oferecemos",
            r"unser angebot",
            r"wat (?:wij|we) (?:bieden|je bieden)",
            # "Wat krijg je?", "Wat bieden wij?", "Wat mag je (van ons) verwachten?"
            r"^wat (?:krijg|ontvang) (?:je|jij)\b|^wat bieden (?:wij|we)\b"
            r"|^wat (?:mag|kun|kan) (?:je|jij) (?:van ons )?verwachten",
            r"(?:wij|we) bieden",
            r"arbeidsvoorwaarden",
            # Swedish, Norwegian, Danish: "Vi erbjuder", "Vi tilbyr", "Det får du", "Fördelar", "Goder"
            r"vi (?:kan )?(?:erbjuda|erbjuder|tilby|tilbyr|tilbyder)|(?:det|vad|hva|hvad) (?:du )?får (?:du|hos oss)?"
            r"|(?:vad|hva|hvad) (?:kan )?(?:erbjuder|erbjuda|tilbyr|tilby|tilbyder) (?:vi|oss)"
            r"|(?:det här|dette|det her) får du|hos (?:oss|os) får du"
            r"|förmåner|fördelar|fordeler|fordele|frynsegoder|personalegoder|goder",
            r"^(?:the |your |our )?(?:salary |benefits |remuneration |pay )?package$",
            # the terms the job comes with ("Employment conditions", "Contract terms", "Rahmenbedingungen",
            # "Condiciones"); a bare "Conditions" or "Terms" may head what the candidate must meet: its list decides
            # (``AMBIGUOUS_HEADINGS``)
            r"^(?:the |our |your )?(?:employment|contract(?:ual)?|working) (?:conditions|terms)$|^rahmenbedingungen$"
            r"|^konditionen$|^(?:nuestras )?condiciones$|^condizioni$",
            r"on offer",  # "What's on offer"
            # "What You Can Expect From Acme", "... from us" (not "from this role", "from day one", "from the team")
            r"^what (?:you can |you'll |you will |to )?expect from (?!(?:you|this|that|the|your|a|an|day|each|every"
            r"|our)\b)\w+",
            r"福利待遇|薪资福利|福利|我们提供",  # Chinese
            # Italian, Portuguese, Polish, Finnish: "Cosa offriamo", "O que oferecemos", "Oferujemy", "Tarjoamme"
            r"(?:cosa )?offriamo|(?:cosa )?ti offriamo|o que (?:nós )?oferecemos|(?:co )?oferujemy|benefity"
            r"|co (?:możemy )?zaoferować|(?:mitä )?tarjoamme|edut",
            # Turkish, Czech: "Yan haklar", "Neler sunuyoruz", "Co nabízíme", "Benefity"
            r"yan haklar\w*|sunduklar\wm\wz|(?:neler |size )?sunuyoruz|(?:co )?(?:ti |vám )?nabízíme"
            r"|výhody pro (?:tebe|vás)",
            r"복지|혜택|복리후생|이런 걸 제공해요|제공 ?사항",  # Korean
            # what the job is like, good and bad ("The best parts of this job", "The worst parts of this job")
            r"(?:best|worst|hardest|fun|good|bad|great|tough) parts? of (?:this|the) (?:job|role|position|work)",
        ),
    ),
    (
        "compensation",
        (
            r"compensation",
            r"salary",
            r"pay",
            r"pay range",
            r"total rewards",
            r"remuneration",
            r"rémunération",
            r"salaire",
            r"salario|sueldo",
            r"gehalt",
            r"vergütung",
            r"salaris",
            r"lön|lønn|løn|lønnsvilkår|ersättning",
            r"retribuzione|^ral$|remuneração|salário|wynagrodzenie|palkka|palkkaus",
            r"maaş|ücret|mzda|plat|odměn\w*|연봉|급여|보상",
        ),
    ),
    (
        "education",
        (
            r"educat\w*",
            r"^estudios(?: mínimos| requeridos)?$",
            r"degrees?",
            r"certifications?",
            r"fields? of study",
            r"academic\w*",
            r"diplomas?",
            r"diplôme\w*",
            r"formation",
            r"ausbildung",
            r"studium",
            r"opleiding",
            r"utbildning|utdanning|uddannelse",
            r"titolo di studio|formação(?: acadêmica)?|escolaridade|wykształcenie|koulutus",
            r"eğitim(?: durumu)?|öğrenim|vzdělání|학력",
        ),
    ),
    (
        "skills",
        (
            r"skills?",
            r"skill ?set",
            r"competenc\w*",
            r"compétences?",
            r"qualifications?",
            r"qualifikation\w*",
            r"must[- ]haves?",
            r"nice[- ]to[- ]haves?",
            r"nice (?:for you |for us |if you )to have",  # "Nice for you to have:"
            r"good[- ]to[- ]haves?",
            r"bonus points",
            r"pluses",
            r"what you(?:'ll| will)? bring",
            r"what you(?:'ll| will)? need",
            # (round 33) "What will you need?" (not "What do you need to apply?")
            r"what (?:will|do|would) you need\b(?! (?:to (?:send|submit|apply|provide|bring to)"
            r"|for (?:the|your) (?:application|interview)))",
            r"you bring",
            r"about you",
            # the languages asked for ("Idiomas requeridos"); a bare "Languages" may list the team's stack
            r"^(?:idiomas|langues|sprachen)(?: requeridos| exigées)?$|^languages? required$",
            r"why we(?:'d|'ll| would| might| will| may)? (?:like|love|want|need|pick|choose|hire) you",
            r"you have",
            r"you've got",
            r"who you are",
            r"profile?",
            r"ideal candidate",
            r"looking for",
            r"expertise",
            # "The areas of immediate need include:" (not "The areas of need we serve include:", a charity's work)
            r"areas? of (?:immediate |particular |current |greatest |critical |urgent )?need(?= include| are|$)",
            r"knowledge",
            r"\w*kenntnisse",  # "Vorkenntnisse", "Fachkenntnisse"
            r"proficienc\w*",
            r"abilities",
            r"prerequisites?",
            r"capabilities",
            r"savoir[- ]être",
            r"savoir[- ]faire",
            r"mitbringst",
            r"mitbringen",
            r"is this you",
            r"bonus experience",
            r"(?:wir )?erwarten",
            r"dein profil",
            r"was du mitbringst",
            r"bringst du mit|bringen sie mit",  # "Das bringst du mit", "Das bringen Sie mit"
            r"critères",
            r"ce que nous recherchons",
            r"nous recherchons",
            r"votre profil",
            r"requisitos",
            r"conocimientos",
            r"conhecimentos?|qualificações|habilidades|competências|perfil",  # Portuguese
            r"aptitudes",
            r"actitudes",
            r"cualidades",
            r"habilidades",
            r"connaissances",
            r"fähigkeiten",
            r"buscamos",
            r"perfil",
            r"you should have",
            # (round 36) "You will need:", "In addition, you will have:" (after the asks; "You will have:" alone may
            # head what the job gives)
            r"^(?:and )?you(?:'ll| will) (?:also )?need\b(?! to\b)|^(?:in addition|additionally|also|plus),? you(?:'ll"
            r"| will) (?:also )?have\b(?! (?:the |a )?(?:opportunit|chance|access|budget))",
            r"you might be a fit",
            # (round 37) "You'll fit if", "You will fit in well if", "You'd be a fit if"
            r"you(?:'ll|'d| will| would)(?: \w+)? (?:be an? (?:\w+ )?)?fit(?: \w+){0,2} if\b",
            # a heading that says what the reader cares about: "You're excited about:", "We expect you:"
            r"you(?:'re| are) (?:\w+ )?(?:excited|passionate|enthusiastic) (?:about|by)",
            r"we expect (?:you|from you|of you)",
            r"your background",
            r"we(?:'d| would) love",
            # "To succeed in this role", "You'll thrive here if", "How you'll stand out", "a great fit if you"
            r"succeed",
            r"thrive",
            r"stand out",
            r"(?:great|good|strong) fit",
            r"great at",
            # "Key Credentials and Personal Qualities", "Essential attributes", "Desirable traits"
            r"(?:key|required|essential|your|personal|candidate) credentials?",
            r"qualities",
            r"qualités",
            r"attributes",
            r"traits",
            r"eigenschaften",
            r"características",
            r"caractéristiques",
            # Dutch: "Wat wij zoeken", "Wat vragen wij?", "Jouw profiel", "Functie-eisen"
            r"wat (?:wij|we) (?:zoeken|vragen|verwachten)|wat vragen (?:wij|we)|wie (?:zoeken|zoek) (?:wij|we)",
            r"wie ben (?:jij|je)|(?:jouw|je|uw) profiel|functie-?eisen|vereisten|vaardigheden|kennis",
            # ... "Wat is vereist?", "Vereist", "Dit ben jij" (over the reader's profile)
            r"^(?:wat is )?vereist\W*$|^dit ben (?:jij|je)\W*$",
            # ... "Wat moet je kunnen", "Wat breng je mee", "Dit breng je mee", "Wat heb je nodig", "Jij hebt"
            r"wat (?:moet|kan) (?:je|jij) (?:kunnen|weten|hebben)|(?:wat|dit) breng (?:je|jij) mee"
            r"|wat (?:je|jij) meebrengt|wat neem (?:je|jij) mee|wat (?:wij|we) van (?:je|jou) vragen"
            r"|wat heb (?:je|jij) nodig|^(?:jij|je) (?:hebt|kunt)\b",
            # Swedish, Norwegian, Danish: "Kvalifikationer", "Vem är du?", "Om deg", "Vi ser etter deg som",
            # "Du har", "Kravprofil", "Personliga egenskaper"
            r"kvalifika(?:sjoner|tioner)|kompetens(?:krav)?|kompetanse\w*|kompetencer|kravprofil|krav"
            r"|(?:vem|hvem) (?:är|er) du|(?:vem|hvem) (?:söker|søker|søger|ser|leter|letar|leder) vi"
            r"|om (?:deg|dig)(?:$|\W)"
            r"|vi (?:söker|søker|søger|ser etter|leter etter|leder efter)(?= dig| deg|\W*$)|^du (?:har|er|är|kan)\b"
            r"|färdigheter|ferdigheter|færdigheder|egenskaper|egenskaber"
            r"|(?:fint|bra|kjekt|flott|positivt) (?:om|hvis|at|att) (?:du|dig|deg)|meriter(?:ande|ende)|ønskelig",
            # ... "Du behöver kunna", "Du må ha", "Vi forventer", "Dette ser vi etter", "Vi tror att du",
            # "Hvad du skal kunne", "Din baggrund", "Vi lægger vægt på"
            r"^du (?:behöver|behøver|må|bør|bör|skal|ska) (?:kunna|kunne|ha|have|vara|være)\b"
            r"|^vi (?:förväntar oss|forventer|forventar|tror (?:att|at) du|(?:ønsker|önskar) (?:at|att) du)"
            r"|^(?:det här|dette|det her) (?:söker|søker|søger|ser) vi"
            r"|^det vi (?:ser etter|ser efter|söker|søker|søger)"
            r"|^(?:vad|hva|hvad) (?:vi|du) (?:söker|søker|søger|ser etter|ser efter|forventer|förväntar)"
            # (a modal with what the reader has or knows, not "Hva du skal gjøre": duties)
            r"|^(?:vad|hva|hvad|dette|det här|det her|det) (?:du )?(?:bør|bör|skal|ska|må|behöver|behøver) (?:du )?"
            r"(?:kunna|kunne|ha|have|vara|være)\b|^(?:din|dit) (?:bakgrund|bakgrunn|baggrund)"
            r"|^vi (?:lägger vikt vid|legger vekt på|lægger vægt på)",
            # Italian: "Requisiti", "Cosa cerchiamo", "Il tuo profilo", "Competenze richieste", "Chi cerchiamo"
            r"requisiti|competenze|conoscenze|cerchiamo|(?:il )?tuo profilo|^profilo$|profilo ricercato"
            r"|candidat[oa] ideale"
            r"|cosa ti chiediamo|cosa chiediamo|cosa ci aspettiamo|cosa (?:porti|devi avere)|esperienza richiesta"
            r"|(?:il ruolo|la posizione) richiede",
            # Portuguese: "O que esperamos de você", "O que buscamos", "Quem procuramos", "Seu perfil"
            r"o que (?:esperamos|buscamos|procuramos)|(?:quem|o que) (?:buscamos|procuramos)|(?:seu|teu) perfil"
            r"|requisitos (?:obrigatórios|necessários|técnicos)",
            # Polish: "Wymagania", "Czego oczekujemy", "Kogo szukamy", "Twój profil", "Mile widziane"
            r"wymagani\w*|oczekujemy|czego (?:od ciebie )?oczekujemy|kogo szukamy"
            r"|(?:twój|twoje) (?:profil|umiejętności)|szukamy (?:osoby|ciebie|kogoś)|mile widzian\w*"
            r"|(?:dodatkowe )?atuty",
            # Finnish: "Vaatimukset", "Odotamme sinulta", "Toivomme sinulta", "Sinulla on", "Osaamisesi"
            r"vaatimukset|\w*vaatimukset|odotamme sinulta|toivomme sinulta|toivomme|odotamme|sinulla on"
            r"|osaamisesi|osaaminen|eduksi|plussaa|edellytämme|edellytetään|edellytykset|valittavalta|arvostamme"
            r"|arvostetaan",
            # Turkish: "Aranan Nitelikler", "Genel Nitelikler", "Beklentilerimiz", "Senden beklediklerimiz",
            # "Tercih sebebi" (a reason to prefer: nice to have)
            r"nitelik\w*|gereksinim\w*|beklenti\w*|başvuru (?:şartlar\w*|koşullar\w*|kriterleri)"
            r"|(?:senden|sizden) (?:beklediklerimiz|beklentilerimiz)"
            r"|arad\wğ\wm\wz\w*|(?:kimi|neleri) ar\wyoruz|yetkinlik\w*|tercih sebeb\w*|aranan özellikler",
            # Czech: "Požadavky", "Co od tebe očekáváme", "Koho hledáme", "Výhodou" (an advantage: nice to have)
            r"požadavk\w*|požadujeme|co (?:od (?:tebe|vás) )?(?:očekáváme|požadujeme|chceme)|koho hledáme|hledáme"
            r"|co (?:bys měl|byste měl)\w* (?:umět|znát|mít)|výhodou|(?:tvoje|vaše) (?:znalosti|dovednosti)|dovednosti"
            r"|znalosti",
            # Korean: "자격 요건" (qualifications), "필수 역량", "우대 사항" (preferred), "이런 분을 찾습니다"
            r"자격 ?요건|지원 ?자격|필수 ?(?:요건|조건|역량|사항)|우대 ?(?:사항|요건|조건)|(?:필요|요구) ?역량"
            r"|이런 분을 찾(?:습니다|아요)|이런 분이면 좋아요|이런 분과 함께하고 싶어요",
            # British public-sector and university postings: "Essential criteria", "Person specification",
            # "Selection criteria"; a heading of one priority word ("DESIRABLE", "Essential:")
            r"criteria",
            r"person spec\w*",
            r"^(?:essential|desirable)s?$",
            # "You might also have", "Even better if you have": more of what is wanted
            r"you (?:might|may|could) (?:also )?have",
            r"even better",
        ),
    ),
    (
        "experience",
        (
            r"experience",
            r"years",
            r"expérience",
            r"erfahrung\w*",
            r"berufserfahrung",
            r"(?:werk)?ervaring",
            r"erfarenhet\w*",
            r"erfaring\w*",
        ),
    ),
    (
        "responsibilities",
        (
            r"responsibilit\w*",
            r"duties",
            r"what you(?:'ll| will)? (?:do|work on|be doing|achieve)",
            # (round 33) asked: "What will you do?", "What will our new codebase steward for quality be doing?" (the
            # person hired; not "What will the company do to support you?", "What will you do in the interview?")
            r"what will (?:you|(?:our|the|your|this) (?:new )?(?:[\w-]+ ){0,4}?(?:engineer|developer|steward|designer"
            r"|lead|manager|scientist|analyst|writer|architect|specialist|administrator|hire|colleague|team member"
            r"|person)(?: for [\w ]{1,30}?)?) (?:do|work on|be doing)\b"
            r"(?! (?:for|to|next|in|during|after|before|if)\b)",
            r"wat (?:ga je|ga jij|je gaat) doen|werkzaamheden|verantwoordelijkheden|(?:jouw|je) (?:taken|rol|functie)"
            r"|^taken$",
            r"(?:岗位|工作|职位)(?:职责|内容)|职位描述|职责描述",  # Chinese
            # Swedish, Norwegian, Danish: "Arbetsuppgifter", "Dine oppgaver", "Hva skal du gjøre?"
            r"arbetsuppgifter|arbeidsoppgaver|arbejdsopgaver|(?:dina|dine) (?:uppgifter|oppgaver|opgaver)"
            r"|ansvarsområd\w*|(?:vad|hva|hvad) (?:kommer du att göra|skal du gjøre|skal du lave|ska du göra)"
            r"|om (?:rollen|jobbet|tjänsten|stillingen|stillingen)|kort om (?:rollen|jobbet|tjänsten|stillingen)"
            r"|^om (?:uppdraget|oppdraget|opgaven|jobben|arbetet|arbeidet|arbejdet)$",  # (round 25)
            # Italian, Portuguese, Polish, Finnish: "Cosa farai", "O que você vai fazer", "Twoje zadania",
            # "Zakres obowiązków", "Tehtäväsi"
            r"cosa farai|di cosa ti occuperai|responsabilità|mansioni|^(?:il )?ruolo$|attività"
            r"|o que (?:você )?(?:vai|irá) fazer|o que (?:você )?fará|suas (?:atividades|responsabilidades)"
            r"|(?:twoje )?zadania|zakres obowiązków|obowiązki|czym będziesz się zajmować|tehtäv\w*|työtehtäv\w*"
            r"|vastuualue\w*",
            # Turkish, Czech: "İş Tanımı", "Sorumluluklar", "Náplň práce", "Co tě čeká", "Co budeš dělat"
            r"iş tan\wm\w|görev tan\wm\w|görevler\w*|sorumluluk\w*|neler yapacaks\wn|náplň práce|co (?:tě|vás) čeká"
            r"|co budeš dělat|(?:tvoje|vaše) (?:úkoly|role|práce)|pracovní náplň",
            r"주요 ?업무|담당 ?업무|업무 ?내용|하는 ?일|합류하면 (?:하게 될|함께 할) 일",  # Korean
            # the first months in the job, planned: "Your Journey at Acme", "Your first 90 days", "30/60/90"
            r"^(?:your )?first (?:\d+|thirty|sixty|ninety|few) (?:days|weeks|months)|30[-/ ]60[-/ ]90"
            r"|^your journey (?:at|with) (?!us\b)\w+",
        ),
    ),
    (
        "skills",
        (
            r"requir\w*",
            r"must",
            r"what we(?:'re| are)? (?:need|expect|look(?:ing)? for|seek(?:ing)?|want)",
            r"who we(?:'re| are) looking for",
            r"wichtig (?:für uns|ist uns)|uns wichtig|what matters to us|ce qui (?:compte|nous importe)"
            r"|lo que (?:nos )?importa",
            r"expectations",
            r"(?:nos )?attentes",
            r"erwartungen",
            r"(?:how|who) (?:do i|can|should|will) qualify",
            r"to qualify",
            r"exigences",
            r"pré-?requis",
            r"anforderung\w*",
            r"voraussetzung\w*",
            # Chinese: "任职要求", "岗位要求", "任职资格", "我们希望你"
            r"(?:任职|岗位|职位|技能|能力|工作)(?:要求|资格)|任职条件|我们希望你|你需要",
        ),
    ),
    (
        "company",
        (
            r"about us",
            r"our company",
            r"who we are",
            r"our mission",
            r"^what we(?:'re| are)? (?:do|build|building|make)$",  # "# What we do" over the posting
            r"our team",
            r"about the team",
            r"the team",
            r"company",
            r"culture",
            r"our values",
            r"^(?:our |core |company |team |guiding )+(?:principles|values)$",  # "Our Principles" over the culture
            r"equal opportunit\w*",
            r"eeo",
            r"diversity",
            r"à propos",
            r"qui sommes[- ]nous",
            r"l'entreprise",
            r"über uns",
            r"sobre nosotros",
            r"sobre (?:nós|a empresa)|quem somos",
            r"quiénes somos",
            r"das unternehmen",
            r"wer wir sind",
            r"over ons",
            r"wie (?:wij|we) zijn|wie zijn (?:wij|we)",
            r"wie (?:zijn|wij zijn) (?:wij|we)",
            r"关于我们|公司(?:介绍|简介)",  # Chinese
            r"om oss|om os|om (?:företaget|selskapet|virksomheden|bolaget|teamet)"
            r"|(?:vilka|hvem|vem) (?:vi är|er vi|vi er)",
            r"chi siamo|(?:l')?azienda|o nas|o firmie|kim jesteśmy|keitä olemme|meistä|yrityksestä",
            r"hakk\wm\wzda|biz kimiz|şirketimiz|o nás|kdo jsme|o (?:firmě|společnosti)",
            r"회사 ?소개|팀 ?소개",  # Korean
        ),
    ),
    (
        "responsibilities",
        (
            r"you(?:'ll| will)",
            r"your (?:role|impact|mission|day)",
            r"role",
            r"day[- ]to[- ]day",
            r"functions",
            r"tasks?",
            r"missions?",
            r"aufgaben",
            r"tâches",
            r"atividades|responsabilidades|atribuições",
            r"activités",
            r"objectives",
            r"impact",
            r"deliverables",
        ),
    ),
)

# Words in a heading that make its requirements nice-to-have or must-have.
HEADING_NICE: Final = (
    r"nice[- ]to[- ]haves?",
    # (round 25) a lead that guesses what the reader may know and gives examples: "Vi tror att du exempelvis kan:",
    # "We think you know, for example:" (not the examples of a must: "You know several languages, for instance:")
    r"(?:tror|think|believe|imagine|denken|glauben|pensons|creemos)\b.{0,40}?(?:exempelvis|till exempel"
    r"|for eksempel|eksempelvis|for example|for instance|zum beispiel|bijvoorbeeld|par exemple|por ejemplo)"
    r"(?: (?:kan|kunne|know|kennst|kunt|connaissez))?\W*$",
    r"^want$",  # a Japanese start-up's "MUST" / "WANT" pair
    r"nice (?:for you |for us |if you )to have",
    r"good[- ]to[- ]haves?",
    r"prefer(?:red|ably)?",
    r"(?:but )?(?:don't|do not) require",
    # (round 29) "Not required, but nice" (not what the job teaches: "Not mandatory: we will teach you")
    r"^not (?:strictly )?(?:required|necessary|mandatory)\b(?![^.]{0,40}\bwe(?:'ll| will)? (?:teach|train|provide))",
    r"bonus",
    r"desirable",
    r"desired(?! (?:candidate )?profile)",  # "Desired Candidate Profile" is the requirements section
    # "Beneficial Skills", "Helpful Technologies", "Advantageous", "Good to know", "Assets" (Canadian postings)
    r"(?:beneficial|helpful|advantageous|useful) (?:skills?|experience|technolog\w*|tools|knowledge|qualifications"
    r"|background|competenc\w*)|^advantageous$|^(?:additional )?assets?$",
    r"a plus",
    r"pluses",
    r"(?<!en savoir )plus",  # not French "Envie d'en savoir plus ?" (to learn more)
    r"加分项?|优先(?:条件|考虑)",  # Chinese
    r"optional",
    r"ideally",
    r"extra credit",
    r"would be (?:great|nice|a plus)",
    # (round 25) the same wish in German, Dutch, French, Spanish: "Es wäre toll, wenn du:", "Het zou mooi zijn als
    # je:", "Ce serait super si tu as :", "Sería genial si tienes:"
    r"wäre (?:schön|toll|super|klasse|prima|gut),? wenn|zou (?:mooi|fijn|leuk|top|prettig) zijn als"
    r"|serait (?:super|génial|top|idéal|bien) si|(?:sería|seria) (?:genial|ideal|estupendo) (?:si|que)",
    r"wünschenswert\w*",
    r"erwünscht\w*",
    r"von vorteil",
    r"pluspunkte?",
    r"un plus",
    r"atouts?",
    r"souhait\w*",
    r"appréci\w*",
    r"idéalement",
    r"optionnel\w*",
    r"se valorar(?:á|a)",
    r"valorables?",
    r"deseables?",
    r"valoraremos",
    r"valoramos",
    r"(?:es )?un plus",
    r"idealerweise",
    r"we(?:'d| would) love",
    r"stand out",
    r"even better",
    r"(?:might|may|could) (?:also )?(?:have|demonstrate|bring|show|possess)",
    # what may be learnt instead is not required: "experience with, or a desire to learn, some of the following"
    r"(?:or|and/or) (?:a |the )?(?:desire|willingness|eagerness|wish) to learn",
    r"(?:some|any|a few|several|most)(?: or (?:most|all|several))? of the following",
    r"bij voorkeur|gewenst|(?:een |\()pré\b(?!-)|een pre\b(?!-)|pluspunt\w*",  # not French "Pré-requis"
    # what makes an impression: "Waar je indruk mee maakt", "Waarmee maak je indruk", "Hiermee scoor je punten"
    r"indruk (?:mee )?(?:maakt|maak)|maak je indruk|scoor je (?:extra )?punten|^pr[ée](?:'s)?$|mooi meegenomen",
    # Portuguese: "Desejável", "Diferenciais", "Pontos extras", "Será um diferencial"
    r"desejáve(?:l|is)|diferencia(?:l|is)|pontos? extras?|(?:é|será|seria) um (?:plus|diferencial)",
    # Swedish, Norwegian, Danish: "Meriterande", "Ønskelig", "Det er en fordel", "Bonuspoäng"
    r"meriter(?:ande|ende)|ønske(?:lig|ligt|lige|de)|önskvärd\w*|önskemål|fordel(?!er\b|e\b)(?:aktig)?|fördel(?!ar\b)"
    r"|bonus(?:poäng|poeng)|pluspoäng|(?:et|ett) pluss?\b|gärna|gjerne"
    r"|(?:bra|godt|kjekt|fint|rart) (?:att|å|at) (?:ha|have|kunna|kunne)\b"  # "Bra att ha", "Godt at have"
    # Italian, Polish, Finnish: "Costituisce titolo preferenziale", "Graditi", "Mile widziane", "Eduksi katsotaan"
    r"|preferenzial\w*|gradit[aoie]|graditissim\w*|apprezzat[aoie]|mile widzian\w*|atut\w*|plusem"
    r"|eduksi|plussaa|hyödyksi|arvostamme|arvostetaan"
    # Turkish, Czech: "Tercih sebebi", "Tercihen", "Avantaj", "Výhodou", "Bonusem" (not Turkish "Artı", "plus", whose
    # dotless "ı" is written "\w" here: "Art..." would be any word beginning so)
    r"|tercih\w*|avantaj\w*|výhod(?:ou|a)|bonusem|vítán\w*|ocení\w*|우대\w*"
    r"|(?:det (?:är|er|vore) )?(?:också |også |även )?(?:fint|bra|kjekt|flott|positivt|rart|trevligt|godt|dejligt"
    r"|skønt),? (?:om|hvis|at|att) (?:du|dig|deg)",
)
HEADING_MUST: Final = (
    r"required",
    r"must(?:[- ]haves?)?",
    r"minimum",
    r"basic",
    r"essential",
    r"mandatory",
    r"obligatoire\w*",
    r"indispensable\w*",
    r"zwingend",
    r"erforderlich\w*",
    r"notwendig\w*",
    r"requis\w*",
    r"imprescindibles?",
    r"obligatori[oa]s?",
    r"ska-krav|skallkrav|påkrev(?:d|de)|obligatorisk\w*|nödvändig\w*|nødvendig\w*",
    r"obbligatori\w*|indispensabil\w*|richiest[ioe]|obrigatóri[oa]s?|essenciais|wymagane|niezbędn\w*"
    r"|obowiązkow\w*|välttämät\w*|zorunlu|olmazsa olmaz\w*|nutn\w*|povinn\w*",
)

# What a page's links to elsewhere say, not a posting: a paragraph or a line of tags made of these alone is the
# site's navigation, footer or share bar ("Back", "Home | About | Careers | Contact", "LinkedIn · Twitter").
NAVIGATION_LINKS: Final = (
    r"(?:back|return|go back)(?: to [\w ]+)?|home(?:page)?|menu|blog|news|e-?mail(?: us)?|mail|contact(?: us)?"
    r"|about(?: us)?|careers?"
    r"|(?:all |open |see all |view all )?jobs|imprint|impressum|privacy(?: policy)?|terms(?: of use| of service)?"
    r"|cookies?(?: settings| policy)?|log ?in|sign (?:in|up)|newsletter|rss|share(?: this job)?|print|top|back to top"
    r"|next|previous|twitter|x|linkedin|github|gitlab|facebook|instagram|mastodon|youtube|bluesky|threads|discord"
    r"|slack|telegram|whatsapp|xing|accessibility|sitemap|faq|help|support|press|events?|team|legal|datenschutz"
    r"|kontakt|accueil|inicio|contacto"
    # a link to the page in another language ("In English", "På svenska", "Version française")
    r"|(?:(?:read|view|see|show) (?:this|the (?:job|page|posting|ad))? ?|switch to |this (?:job|page|posting|ad) )?"
    r"(?:in |auf |en |på |em |na |in het )?(?:english|englisch|anglais|inglés|engelska|engelsk|deutsch|german"
    r"|français|française|french|español|spanish|svenska|swedish|norsk|norwegian|dansk|danish|suomeksi|suomi|finnish"
    r"|nederlands|dutch|português|italiano|polski)(?: version| versjon| versionen| versie)?"
    r"|(?:version|versión|versão|versione) (?:english|anglaise|française|en inglés|en español|em inglês|inglese)",
)

# How a line that stops mid-phrase ends ("... comfortable with both", "... in the", a comma): the next line goes on
# with it (searched at the line's end)
DANGLING: Final = (
    r"(?:[,/&(-]|\b(?:and|or|of|with|in|for|to|the|a|an|as|including|such as|e\.g\.|both|either|from|on|at|by"
    r"|into|about|your|our|their|its|than|like|using|via|between|across|within|through"
    # a line of French, German or Spanish prose wrapped mid-phrase
    r"|de|des|du|la|le|les|et|ou|avec|pour|une?|und|oder|mit|für|von|der|die|das|den|dem|y|con|para|el|los|las))$"
)

# Words in a heading that decide the kind of every skill under it.
HEADING_HARD: Final = (
    r"hard skills?",
    r"technical",
    r"tech",
    r"tools?",
    r"technolog\w*",
    r"stack",
    r"techni(?:que|ques|sch|sche|schen)",
    r"fachlich\w*",
    r"programming",
)
HEADING_SOFT: Final = (
    r"soft skills?",
    r"soft",
    r"interpersonal",
    r"people skills",
    r"social skills",
    r"personal (?:qualities|skills|attributes|traits)",
    r"behaviou?ral",
    r"savoir[- ]être",
    r"qualités",
    r"comportement\w*",
    r"persönlich\w*",
    # (the person alone: not "Vem är du som person och utvecklare?", a whole profile)
    r"personlig\w* (?:egenskaper|egenskaber|kvaliteter|kompetencer|kompetanse)|som (?:menneske|människa)\b"
    r"(?! (?:og|och|&) )",
    r"soziale kompetenz\w*",
    r"leadership",
    r"communication",
    r"collaboration",
)

# Words in a first line that make it a job title rather than a section name.
TITLE_NOUNS: Final = (
    r"engineers?",
    r"developers?",
    r"managers?",
    r"designers?",
    r"scientists?",
    r"analysts?",
    r"architects?",
    r"lead",
    r"director",
    r"head",
    r"staff",
    r"specialist",
    r"consultant",
    r"administrator(?:in|s)?",  # (German feminine forms: "Administratorin", "Architektin", "Spezialistin")
    r"architekt(?:in)?",
    r"spezialist(?:in)?",
    r"analystin",
    r"informatiker\w*",
    r"officer",
    r"intern",
    r"associate",
    r"coordinator",
    r"technician",
    r"researcher",
    r"programmer",
    r"testers?",
    r"sre",
    r"devops",
    r"ingénieur\w*",
    r"développeu\w*",
    r"entwickler\w*",
    r"ingenieur\w*",
    r"chef",
    r"responsable",
    r"leiter\w*",
    r"utvikler\w*",  # Norwegian, Swedish, Danish: "Utvikler", "Systemutvecklare" only as a word of its own
    r"utvecklare",
    r"udvikler\w*",
    # (round 25) the same as the last word of a compound: "Backendutvecklare", "Systemutvikler", "Softwareentwickler"
    r"\w+(?:utvecklare|utvikler|udvikler|entwickler)(?:e|en|in|innen|ar|arna)?",
    r"ingeniør\w*",
    r"ingenjör\w*",
    r"konsulent",
    r"sviluppat(?:ore|rice|ori)",  # Italian
    r"programmat(?:ore|rice)",
    r"ingegnere",
    r"desenvolvedor\w*",  # Portuguese
    r"engenheir[oa]\w*",
    r"programist\w*",  # Polish
    r"inżynier\w*",
    r"\w*kehittäjä\w*",  # Finnish
    r"\w*insinööri\w*",
    r"\w*asiantuntija\w*",
    r"\w*arkkitehti\w*",
    r"sistemista",
    r"ingegnera",
    r"analista",
    r"analityk\w*",
    r"geliştirici\w*",  # Turkish
    r"mühendis\w*",
    r"yaz\wl\wmc\w\w*",
    r"uzman\w*",
    r"vývojář\w*",  # Czech
    r"programátor\w*",
    r"inženýr\w*",
    r"개발자|엔지니어|디자이너|매니저|연구원",  # Korean
)

# Headings that may head the terms or the culture, or what the candidate must meet ("## Conditions" over "Minimum 8
# years of SAP FI/CO", "## Values" over "You are candid and kind"): the section's list decides, as under a heading no
# word list knows
AMBIGUOUS_HEADINGS: Final = (r"^(?:the |our |your |nos )?(?:conditions|terms|values|principles)$|^good to know$",)

# --- priority -----------------------------------------------------------------
# Phrases inside a requirement's own text that make it nice-to-have.
# Of these, the ones that only refine a must-have when they stand inside the sentence
# ("Python, Go preferred", "customers, ideally enterprise ones"): they make the item
# nice only at its start ("Ideally, ...") or alone with a short item ("Go (preferred)").
TEXT_NICE_WEAK: Final = (
    r"(?<!your )(?<!their )(?<!our )pref+err?ed",  # and as misspelt ("prefered", "preffered")
    r"preferably",
    r"pref",  # abbreviated, opening the item: "pref experience with reactive systems"
    r"ideally",
    r"idéalement",
    r"idealerweise",
    r"optional",
    r"not required",
    r"de préférence",
    r"vorzugsweise",
    r"preferibilmente|preferencialmente|de preferência",  # (round 18: "Java, preferibilmente in ambito bancario")
    # Swedish, Norwegian: "Gärna erfarenhet av Scala" (not "Du arbetar gärna i team": before what it prefers only)
    r"(?:gärna|gjerne) (?:erfarenhet|erfaring|kunskap\w*|kunnskap\w*|kjennskap|kännedom|med|av|om)(?!\w)",
)
# "If you have data engineering experience as well, that's cherry on top", "OSCP and pentest experience both help
# here": idioms said at the end of the sentence; they make it a requirement only when it names a skill ("Our office
# dog would help too" does not)
TEXT_NICE_IDIOMS: Final = (
    r"cherry on (?:the )?top|icing on the cake",
    r"(?:both |also |would |will |could |can |might )?helps? (?:here|a lot|too)(?=[.!]|$)",
    r"(?:would|will|could|might) (?:also |certainly |definitely )?help(?=[.!]|$)",
    # (round 37) "Zephyr or FreeRTOS knowledge helps.", "Rust on embedded is interesting to us too"
    r"(?:knowledge|experience|familiarity|exposure) (?:also )?helps(?=[.!;]|$)",
    r"(?<!candidates )(?<!people )(?<!applicants )(?<!backgrounds )(?<!profiles )"
    r"(?:is|are|would be) (?:also |especially |particularly )?interesting to us",
    # "Experience with Rust is welcome but not required" (not "You are welcome to apply", "Everyone is welcome")
    r"(?<!applications )(?<!applicants )(?<!candidates )(?<!everyone )(?<!everybody )(?<!all )(?<!you )"
    r"(?:is|are|would be|will be) (?:also |very |more than |most |always )?welcome(?! to\b)",
)
# Pieces written once for the patterns below that share them: who a posting says it wants ("interested in people
# with ..."), a rank that is no choice ("one of the first five engineers") and a waiver ("don't let the lack of ...")
_PEOPLE_SOUGHT: Final = r"(?:people|someone|candidates|applicants|developers|engineers|folks)"
_RANK: Final = r"(?:first|last|top|leading|best|biggest|largest|few|most|\w+est)\b"
_LACK_OF: Final = r"(?:please )?(?:do not|don't) let (?:the |a |your |any )?(?:lack|absence) of"
# the same waiver's openings in German, French and Spanish: "lass dich nicht abschrecken", "que l'absence de …",
# "que la falta de …" (in TEXT_NICE, and a name ends before them: NAME_CUTS)
_LETTING_DE: Final = r"(?:lass dich|lassen sie sich)"
_ABSENCE_FR: Final = r"(?:l'absence|le manque)"
_ABSENCE_ES: Final = r"(?:la falta|la ausencia)"
# a sentence that waives what the one before asked: "We are interested in people with Ansible expertise. Please don't
# let a lack of such experience discourage you from applying." (the wish is a nice-to-have; "such", "this", "it": what
# the sentence before named; not "Don't let the lack of a degree stop you")
WAIVES_THE_LAST: Final = (
    _LACK_OF + r" (?:such|this|that|these|those|it|them|the above)\b[^.!?]{0,60}?\b(?:stop|discourage|deter|keep)"
)
# (round 35) what is asked, said to be a trait the role needs: "… patience with their questions is a needed trait",
# "An eye for detail is an important quality here" (a requirement cue, and where its name ends)
NEEDED_TRAIT: Final = (
    r"(?:is|are) (?:an? )?(?:\w+ )?(?:needed|required|necessary|essential|important|key|valued|desired|desirable"
    r"|must-have) (?:traits?|qualit(?:y|ies)|attributes?|strengths?)\b"
)
# ... as a requirement: of the person, not of a product ("Reliability is an important quality of our product" asks
# nothing; "Curiosity is a key trait of our engineers" does)
NEEDED_TRAIT_ASKED: Final = (
    NEEDED_TRAIT + r"(?! (?:of|for|in) (?:our|the|this|its|your|their|a|an|every|any) (?:\w+ )?(?:products?|platforms?"
    r"|services?|systems?|software|code|apps?|applications?|tools?|apis?|data|infrastructure|business|company"
    r"|brand|offerings?|solutions?|sites?|websites?)\b)"
)
# (round 25) an item that says it is required, whatever its list's lead wished: "English is a must", "Deutsch ist
# Pflicht" (the clause ends there: not "Avro schemas are mandatory in our pipelines", "what is required for GDPR")
TEXT_MUST: Final = (
    r"(?:\b(?<!what )(?:is|are) (?:an? )?(?:absolute |real )?(?:must(?:[- ]have)?|required|mandatory|essential"
    r"|compulsory|non-negotiable)(?: for (?:us|this role|the role|this job))?"
    r"|\bist (?:ein )?(?:muss|pflicht|erforderlich|zwingend)|\b(?:est|sont) (?:obligatoire|indispensable|requis)e?s?"
    r"|\b(?:es|son) (?:imprescindible|obligatori[oa])s?|\b(?:is|zijn) (?:een )?(?:must|vereist|verplicht)"
    r"|\b(?:är|er) (?:ett |et |en )?(?:krav|obligatorisk))(?=\s*(?:[.,;:!)]|$))"
    # (round 36) said in brackets after the skill: "Python (must)", "Go (required)", "Rust (essential)"
    r"|\((?:a )?(?:must(?:[- ]have)?|required|mandatory|essential|compulsory|pflicht|obligatoire|obligatorio)\)"
)
# (round 25) a sentence that ends saying what matters little: "Which framework you used before matters less",
# "Exakt vilken bakgrund du har spelar mindre roll", "… maakt niet uit"
MATTERS_LITTLE: Final = (
    r"\b(?:matters? (?:less|little|not)|(?:doesn't|does not|don't|do not) matter(?: (?:much|that much|so much))?"
    r"|is(?:n't| not) (?:that |so )?important|spelar (?:inte|mindre|ingen) (?:så )?(?:stor )?roll"
    r"|spiller (?:ikke|mindre|ingen) (?:så )?(?:stor )?rolle|ist (?:nicht|weniger) (?:so )?wichtig"
    r"|maakt (?:niet|weinig) (?:zo(?:veel)? )?uit|importe peu|no importa)(?: (?:to|for|för|für|voor) \w+)?\W*$"
)
# (round 26) a web address, bare or as a Markdown link's target (its text stays): "http" is no sign of networking, nor
# "site" in it of site reliability, and no requirement is named "Https" (``linking._row``, ``parser.short_name``)
BARE_WEB_ADDRESS: Final = r"(?<!\]\()\b(?:https?://|www\.)[^\s()<>\[\]]+"
WEB_ADDRESS: Final = r"(?<=\])\((?:https?://|www\.)[^()\s]*\)|" + BARE_WEB_ADDRESS
# (round 26) a sentence that invites the reader to apply: "We'd love to hear from you if you enjoy Rust", "If you
# like Elm, we would be glad to hear from you!", "Get in touch if ..."; beside a list of requirements it is the pitch
# (``parser._Builder.invited``)
_HEAR_FROM_YOU: Final = (
    r"(?:(?:we(?:'d| would| will|'ll)|we are|we're) (?:\w+ ){0,2}(?:like|love|be|glad|happy|delighted|thrilled"
    r"|excited|keen|eager) (?:\w+ )?to hear from you|(?:please )?(?:get|be) in touch(?: with us)?"
    r"|(?:please )?reach out(?: to us)?)"
)
INVITATION: Final = (
    r"^(?:so,? |then,? )?" + _HEAR_FROM_YOU + r" (?:if|when|should)\b"
    r"|^(?:so,? )?if you\b.{1,300}\b(?:"
    + _HEAR_FROM_YOU
    + r"|(?:please|then|do) apply(?: now| today)?|apply (?:now|today)"
    # (round 33) "So, if you enjoy working with developers ..., this job is for you."
    r"|(?:then )?(?:this|the|our) (?:job|role|position|opportunity|team) (?:is|could be|might be|may be)"
    r" (?:(?:just|made) )?(?:for you|right for you|an? (?:great|good|perfect) (?:fit|match)(?: for you)?))\W*$"
)
# (round 33) an invitation's close after its condition: "... mentoring others, this job is for you", ", please
# apply", ", we'd love to hear from you" (a name ends there, and a list of what the condition names too)
INVITATION_CLOSE: Final = (
    r",\s+(?:then\s+)?(?:(?:this|the|our)\s+(?:job|role|position|opportunity|team)\s+(?:is|could be|might be|may be)"
    r"|(?:please|then|do)\s+apply|apply\s+(?:now|today)|" + _HEAR_FROM_YOU + r")\b"
)
# (round 26) an invitation read as a requirement, in a posting that lists none: "We'd be glad to hear from you if you
# love Ruby" -> "Love Ruby" (``NAME_SENTENCE_LEAD_INS``)
INVITATION_LEAD_IN: Final = _HEAR_FROM_YOU + r" (?:if|when) you(?= )"
# (round 26) what a lead makes of the organisation's aims: "translate the organisational objectives for the team",
# "turn company goals into plans" (a soft term and the thesaurus's "strategy"; not "the test strategy into suites")
GOALS_INTO_PLANS: Final = (
    r"(?:translat|turn)\w* (?:the |our )?(?:company|business|product|team|organi[sz]ation(?:al)?|(?:the )?team's)?"
    r" ?(?:objectives|goals|vision|mission) (?:into|for)"
)
# (round 31) the words that strengthen a wish said after the skill: "would be very helpful", "is extremely helpful"
WISH_INTENSIFIER: Final = r"(?:very |really |extremely |especially |particularly |also )?"
# ... and "ideal" said of the skill wished for ("Kafka would be ideal"), not "ideal for", "ideal to", "ideal when"
IDEAL: Final = r"ideal(?! (?:for|to|when|if|because)\b)"
# (round 31) an opening that tells what the job holds for the reader: "what is expecting you", "what awaits you",
# "what you can expect", "Here is what we offer" (the parser's ``_Builder.offering``); not "what we offer and what we
# are looking for", nor a duty's "explain to customers what we offer"
OFFERS_AHEAD: Final = (
    r"\bwhat(?: is|'s|’s| are) (?:expecting|awaiting|waiting for|in store for|in it for) you\b|\bwhat awaits you\b"
    r"|\bwhat you(?: can| may| will|'ll|’ll) (?:expect|get(?! to\b)|find)\b"
    r"|(?:^|\b(?:here is|here's|here’s|below is|this is|see|discover)\s+)"
    r"what (?:we|this job|this role) (?:can |will )?offers?\b"
)
# ... unless the same sentence announces what is asked too
OFFERS_AND_ASKS: Final = (
    r"\bwhat we(?:'re|’re| are) looking for\b|\bwhat we (?:need|expect|ask)\b|\bwhat you (?:bring|need|should)\b"
    r"|\b(?:requirements|qualifications)\b"
)

# (round 25) the lead of a list that asks politely: "it would be great if you", "ideally you have", "we'd love you
# to"; Swedish, German, Dutch, French, Spanish forms (``parser._wishes_as_asks``); each is also a nice-to-have cue of
# ``HEADING_NICE``
POLITE_WISH: Final = (
    r"would be great|we(?:'d| would) love|ideally|idealerweise|idéalement|idealmente"
    r"|wäre (?:schön|toll|super|klasse|prima|gut)|zou (?:mooi|fijn|leuk|top|prettig) zijn"
    r"|serait (?:super|génial|top|idéal|bien) si|(?:sería|seria) (?:genial|ideal|estupendo)"
    r"|det (?:vore|ville vært|ville være) (?:bra|kul|fint|flott)"
)
# a wish for more than the rest: "Ideally you also have:", "It would be great if you additionally know:"
EXTRA_WISH: Final = r"\b(?:also|additionally|in addition|as well|even|auch|zusätzlich|aussi|también|ook|också|også)\b"

# (round 29) a preference the company states: "We strongly prefer", "We'd prefer" (a nice-to-have cue, a name's lead-in)
# (round 30) French pieces used by the soft words and the linker's thesaurus alike: working in a team ("travailler en
# équipe"), helping others grow ("faire monter en compétences ses pairs"; "monter en compétences sur Kubernetes" alone
# is one's own learning), and the intensifiers of a wish ("est un vrai plus", "un véritable atout")
TEAM_WORK_FR: Final = r"travail(?:ler)? (?:en|d') ?équipe"
MENTORING_FR: Final = (
    r"faire monter en compétences?|montée en compétences? (?:de |des )(?:ses |leurs |l'|les )?(?:pairs|collègues"
    r"|équipes?|développeu\w*)"
)
FR_INTENSIFIER: Final = r"(?:vrai|réel|véritable|gros|grand|sérieux)"
WE_PREFER: Final = r"(?:we|we'd|we would)(?: (?:strongly|really|much|would|also|generally)){0,2} prefer"
TEXT_NICE: Final = (
    r"(?:highly |greatly |much )?appreciated",
    # (round 25) a background the posting guesses at, asking: "Maybe you are a fan of React?", "Kanske har du jobbat
    # med .NET?", "Vielleicht hast du schon ...", "Misschien heb je ..."
    # (the sentence opens with it: not "You must know SQL, perhaps you have used Postgres")
    # (a question: not "Maybe you are surprised, but we need COBOL")
    r"^(?=.*\?)(?:(?:or|and|eller|och|og|oder|of|ou|o) )?(?:maybe|perhaps|kanske|kanskje|måske|vielleicht|misschien"
    r"|peut-être|quizás|tal vez) (?:you(?:'re|'ve)?|du|är du|har du|er du|bist du|hast du|ben je|heb je|ben jij"
    r"|heb jij|vous|tienes|eres|sabes)(?= )"
    r"|^(?=.*\?)(?:(?:(?:or|and) )?(?:have|are) you (?:maybe|perhaps)|(?:(?:eller|och|og) )?(?:har|är|er) du"
    r" kanske?|(?:(?:oder|und) )?(?:hast|bist) du vielleicht|(?:(?:of|en) )?(?:heb|ben) (?:je|jij) misschien)(?= )",
    # "we (do not use but) value experience in modern C++": what is valued beyond what is asked
    r"(?:we |but |also )(?:highly |greatly )?value (?:experience|knowledge|familiarity|exposure)\b",
    # "SQL is an asset", "Experience with the Mozilla project is a huge asset"
    r"(?:is|are|would be|will be|it's|it is) (?:an? )?(?:real |great |valuable |definite |huge |big |major |strong )?"
    r"assets?",
    # "A good level of autonomy is valued.", (round 39) "Industrial experience is valued, but we would consider …"
    r"(?:is|are|will be) (?:highly |greatly |much |also )?valued(?=[.!]|$|,\s+(?:but|though|although)\b)",
    r"(?:even )?more value",
    # "Active GitHub contributors will be looked at closer", "... will be given preference"
    r"(?:will be|are|get|gets) (?:looked at|viewed|considered|seen) (?:closer|more closely|favou?rably|first)",
    r"(?:will be|are) given (?:preference|priority)",  # (whose: see BOILERPLATE, "applications received ...")
    r"idealerweise",
    # (round 29) a preference said by the company: "We strongly prefer candidates who have worked with Airflow"
    WE_PREFER + r"(?= (?:candidates|applicants"
    r"|someone|people|engineers|those|developers|a background|if|that)\b|(?: (?:some|prior|previous|hands-on))?"
    r" (?:experience|knowledge|familiarity|exposure) (?:with|in|of|using)\b)"
    # (not where or when the person is: "We prefer candidates located in Berlin", "… who can start immediately")
    r"(?! (?:candidates|applicants|someone|people|those)(?: (?:who|that) (?:are|can|is))? (?:located|based|living"
    r"|available|in|from|near|to start|start|willing to relocate|able to (?:start|relocate|commute)|commut\w*)\b)",
    # a wish waived in the same sentence: "We are particularly interested in people with DevOps expertise -- but do
    # not let the lack of such expertise discourage anyone from applying"
    # (after the wish: not "Don't let the lack of a degree stop you: you must know SQL")
    r"(?:but|--|—|–)\s+(?:please\s+)?(?:do not|don't) let (?:the |a |your )?(?:lack|absence) of (?:[\w-]+ ){0,3}"
    r"(?:discourage|stop|deter|keep) (?:you|anyone|someone|people)",
    # the same in German, French and Spanish: "... Terraform – aber lass dich nicht abschrecken, wenn dir diese
    # Erfahrung fehlt", "... d'Ansible, mais que l'absence de cette expérience ne vous décourage pas", "..., pero que la
    # falta de esta experiencia no te desanime"
    r"(?:aber|doch|--|—|–)\s+" + _LETTING_DE + r" (?:davon |bitte |dadurch )?nicht (?:abschrecken|entmutigen|abhalten)",
    r"(?:mais|--|—|–)\s+(?:que )?" + _ABSENCE_FR + r" d(?:e |')(?:[\w'-]+ ){0,3}ne (?:vous|te) (?:décourage|empêche"
    r"|arrête|retienne) pas",
    r"(?:pero|--|—|–)\s+(?:que )?" + _ABSENCE_ES + r" de (?:[\w-]+ ){0,3}no (?:te|le|os|les) (?:desanime|detenga"
    r"|impida|frene)",
    r"se valorar(?:á|a)",
    r"valorable",
    r"deseable",
    r"(?:es|será) un plus",
    # (round 33) "el dominio del inglés es un punto favorable", "… serán un punto a favor"
    r"(?:es|será|serán|son|sería) (?:un|unos) puntos? (?:a favor|favorables?)",
    r"desejáve(?:l|is)|(?:é|será|seria) um (?:plus|diferencial)",  # Portuguese
    r"(?:ist|wäre|sind|wären) (?:ein |eine )?(?:plus|pluspunkt)",  # "Erfahrung mit X ist ein Plus"
    r"(?:est|serait) un (?:" + FR_INTENSIFIER + r" )?(?:plus|atout)",  # (round 30) "est un vrai plus"
    r"de préférence",
    r"vorzugsweise",
    r"nice[- ]to[- ]have",
    r"good[- ]to[- ]have",
    r"(?<=\()nice(?=\s*[,;)]|\s+(?:but|not)\b)",  # (round 39) "… finance (nice, not essential)"
    # (round 39) an item's label: "Nice: Celery or RQ experience" (not "Plus: a sense of ownership", "in addition")
    r"^(?:nice|a plus)(?=\s?:\s)",
    # (round 39) said last of its clause: "Knowing GCP helps" (not "documentation that helps")
    r"(?<=\w )(?<!that )(?<!which )(?<!who )(?:also |really )?helps(?!\s*\))(?=\W*$)",
    r"(?:is|are|would be|as) an? (?:(?:real|big|huge|great|definite|clear|distinct) )?(?:plus|bonus|advantage)",
    r"an? (?:(?:very |really )?(?:big|huge|strong|definite|great) )?plus",  # (round 36: "a very big plus")
    r"(?:an? )?added (?:advantage|bonus|plus)",  # "Banking domain will be an added advantage"
    r"bonus",
    r"(?<!your )(?<!their )(?<!our )pref+err?ed",  # and as misspelt ("prefered", "preffered")
    r"preferably",
    r"pref(?=\.?\s)",  # "pref experience with reactive systems" (weak: at the item's start only)
    r"desirable",
    r"ideally",
    r"optional",
    r"not required",
    # said of a list: "Experience with the tools below helps, though none is required"
    r"(?:none|neither)(?: of (?:these|them|those|the \w+))? (?:is|are) (?:required|mandatory|a must|necessary)",
    r"advantageous",
    r"would be " + WISH_INTENSIFIER + r"(?:helpful|beneficial|great|nice)",
    r"(?:is|(?<!\byou )(?<!\bwe )(?<!\bthey )are) " + WISH_INTENSIFIER + r"(?:helpful|beneficial|nice)",
    # (round 31) "Experience with writing docs is ideal but not necessary", "Kafka would be ideal"
    r"(?:is|are|would be) " + IDEAL,
    # not "... helping ensure the project is great for contributors" (what the work is for)
    r"is great(?! for (?:contributors|users|people|anyone|everyone|those|you|us|developers|the community|our))",
    # (round 32: "We would like to see the following:")
    r"(?:we'd|we would|we'll|we will) (?:also )?(?:love|like|be happy|be delighted|be glad)(?: it)? (?:if|to see)",
    r"(?:it would be|it'd be) (?:great|nice|a plus|wonderful|ideal) if",
    r"extra points?",
    r"(?:mucho |aún |todavía )mejor(?=[.!]|$)",
    r"(?:si además|si también)",
    r"wünschenswert",
    r"von vorteil",
    r"pluspunkt\w*",
    r"un (?:" + FR_INTENSIFIER + r" )?(?:plus|atout)",
    r"^atouts?\s*:",  # (round 30) "Atout : Kubernetes"
    r"souhaitée?s?",
    r"appréciée?s?",
    r"idéalement",
    # (not "pré-production")
    r"bij voorkeur|(?:een |\()pré\b(?!-)|een pre\b(?!-)|(?:een |is een )?pluspunt|geen vereiste|gewenst",
    # Swedish, Norwegian, Danish: "Erfarenhet av Go är meriterande", "... er en fordel", "Det är ett plus om du"
    r"meriter(?:ande|ende)|(?:är|er|vore|ville være|vil være) (?:det )?(?:en |et |ett )?(?:stor |klar )?"
    r"(?:fordel|fördel|plus|pluss|bonus)\b"
    r"|(?:det är|det er|det vore) (?:också |også |även )?(?:fint|bra|positivt|ett plus|et pluss?|en fördel|en fordel"
    r"|ønskeligt?) (?:om|hvis|att|at|med)\b"
    r"|ønskeligt?|önskvärt|önskvärd|vi ser gärna",
    # (weak: at the item's start only, see TEXT_NICE_WEAK)
    r"(?:gärna|gjerne) (?:erfarenhet|erfaring|kunskap\w*|kunnskap\w*|kjennskap|kännedom|med|av|om)(?!\w)",
    # Italian: "L'esperienza con Kubernetes è un plus", "costituisce titolo preferenziale", "gradita"
    r"(?:è|sarà|costituisce|costituirà|rappresenta|rappresenterà|considerat[oa]) (?:un |una )?(?:plus|vantaggio"
    r"|titolo preferenziale|preferenz\w*)|titolo preferenziale|gradit[aoie]|preferibile|preferibilmente"
    r"|preferencialmente|de preferência",
    # Portuguese: "... será um diferencial", "é um bônus"
    r"(?:é|será|seria|como) (?:um )?(?:diferencial|bônus)",
    # Polish: "Znajomość AWS mile widziana", "będzie dodatkowym atutem", "będzie plusem"
    r"mile widzian\w*|(?:będzie |jest )?(?:dodatkowym |dużym )?(?:atutem|plusem)|dodatkowy atut",
    # Finnish: "katsotaan eduksi", "on eduksi", "plussaa"
    r"(?:katsotaan |luetaan |on )?eduksi|plussaa",
    # Turkish: "Docker bilgisi tercih sebebidir", "tercihen", "olması artıdır", "avantajdır" (its dotless "ı" written
    # "\w" in these patterns: a pattern holding it cannot be searched in its faster lower-case form, ``matching.py``)
    r"tercih (?:sebeb\w*|edil\w*|nedeni\w*)|tercihen|art\w(?:d\wr| olarak)|avantaj(?:d\wr|l\wd\wr| sağlar)",
    # Korean: "... 우대합니다" (we prefer), "있으면 좋습니다" (good to have), "가산점" (extra points)
    r"우대\w*|있으면 좋(?:습니다|아요)|있으시면 좋(?:습니다|아요)|가산점",
    # Czech: "Znalost Kubernetes je výhodou", "vítána", "je plus", "ocení"
    r"(?:je |bude )?výhodou|(?:je |bude )?(?:velkým )?plusem|je plus|vítán[aáéiy]?|oceníme|ocení\w*",
    *TEXT_NICE_IDIOMS,
)

# --- requirement sentences ------------------------------------------------------
# A sentence outside a requirements section is a requirement when it says one of
# these (prose postings, requirements under a heading the parser cannot place).
# what it takes to do well, said in the company's blurb: "success here means that you're a team player"
_SUCCESS_CUES: Final = (
    r"success (?:here|in this (?:role|position|job)|on (?:this|our) team) (?:means|requires|takes|looks like)",
    r"to (?:succeed|be successful|thrive|do well) (?:here|in this (?:role|position|job)|on (?:this|our) team)"
    r",? you",
    # "Being successful in this role requires a versatile individual with initiative, who can ..."
    r"(?:being|to be) successful (?:in|at) (?:this|the) (?:role|position|job) (?:requires|means|takes)",
    r"requires? (?:an? |someone )(?:[\w-]+ ){0,3}(?:individual|person|candidate|someone)\b",
)
# A choice between the skills listed after it: "Several years of experience in one of: C#, Java, Python", "Experience
# with one or more of Go, Rust or C++", "Mehrjährige Erfahrung in mindestens einem der folgenden Datenbanksysteme:",
# "au moins l'un des langages suivants", "al menos uno de los siguientes": the list is one requirement (any of them
# meets it), named by its items
CHOICE_LEADS: Final = (
    # (not a rank: "one of the first five engineers", "one of the leading banks")
    r"(?:(?:at least|any) )?one (?:or more )?of(?: (?:the following|these)(?: [\w-]+)?)?(?=\s*:|\s+\S)"
    r"(?! the " + _RANK + ")",
    r"(?:mindestens |wenigstens )?(?:einem|einer|eines) (?:von|der|aus)(?: (?:den )?folgenden(?: [\w-]+)?)?"
    r"(?=\s*:|\s+\S)",
    r"(?:au moins )?(?:l'une?|un|une) des(?: [\w-]+ suivante?s)?(?=\s*:|\s+\S)",
    r"(?:al menos |como mínimo )?(?:uno|una) de (?:los|las)(?: siguientes(?: [\w-]+)?)?(?=\s*:|\s+\S)",
    r"(?:minstens |ten minste )?(?:één van|een van de(?:ze)?)(?: volgende(?: [\w-]+)?)?(?=\s*:|\s+\S)",
)
# Cues of REQUIREMENT_CUES that are also how a page talks to its reader: "The positions are renewable for up to 4
# years", "We're here to answer any questions you have", "the only way we'll be able to improve things". Outside a
# requirements section a sentence said only with these is a requirement when it names something to assess
# (``parser._read_prose``), or says it firmly (FIRM_REQUIREMENT_CUES).
TALK_CUES: Final = (
    r"(?:\d+\+?|several|many|multiple) years",
    r"you(?:'re| are| have| know)(?! joining\b)",  # (not the situation the reader joins: "You are joining a team")
    r"(?:ability|able) to",
    r"(?:is|are) important",
    # the same talk in other languages: "Du bist herzlich eingeladen", "Vous avez des questions ?", "¿Tienes dudas?",
    # "Je bent van harte welkom" (each a requirement when it names a skill: "Du hast sehr gute Kenntnisse in Python";
    # the Nordic "du har" stays an asking cue: "Du har en mening og indsigt i, hvad fremtiden bringer" asks)
    r"du (?:hast|bist)|vous (?:avez|êtes)|tu (?:as|es)\b|(?:tienes|tenés|eres)",
    r"(?:heb|ben) (?:je|jij)|(?:je|jij) (?:\w+ ){0,4}(?:hebt|bent)\b",
)
# what makes a cue of TALK_CUES firm: "must be able to", "capable of", "Do you know Svelte?", "at least 3 years",
# "5 years of SAP FI/CO experience"
FIRM_REQUIREMENT_CUES: Final = (
    r"(?:must|should|need to|needs to) be able to",
    r"capable of",
    r"do you (?:also )?know",
    # what the reader has done or has had: "You have 5+ years in a similar role", "You have published at NeurIPS"
    r"you(?:'ve| have) (?:\d+\+?|several|many|multiple) years",
    # (not in a clause about a thing: "We are interested in what you have built")
    r"(?<!\bwhat )(?<!\bwhere )(?<!\bhow )(?<!\bwhich )(?<!\bwhatever )"
    r"you(?:'ve| have) (?:already )?(?:published|worked|built|led|shipped|run|written|designed|managed|maintained"
    r"|deployed|operated|developed|used|contributed|taught|mentored|scaled|migrated|debugged|delivered|owned)\b",
    r"(?:at least|minimum(?: of)?|min\.?) \d+\+? years",
    # (round 27: six words between, "5+ years of progressively responsible and directly related work experience")
    r"(?:\d+\+?|several|many|multiple) years(?: of| in| with| as)? (?:[\w/.+#-]+ ){0,6}(?:experience|expertise)",
)
# (round 28) the person sought, pictured in a description of the role: "We're looking for someone who combines
# technical excellence with an eye for design", "We need a leader who balances ...", "You are an ideal fit if you are
# a hands-on leader who ...": a requirement even there (STRONG_REQUIREMENT_CUES)
# (each is a name's lead-in too: what follows it names what is sought; "you are" may have gone before, "an ideal fit
# if you are ..."; not the terms of the job: "someone who can start in March", "a good match if you are available for
# a 6-month contract", "an individual who will report to the CTO")
_NOT_TERMS: Final = (
    r"(?!(?: (?:is|are|can|could|will|would|be))*(?: (?:ready|available|willing|happy|able))?(?: to| for)?"
    # (a term has its object: "start in March", "report to the CTO"; not "start building our platform in Go", "move
    # fast between Go and TypeScript", "travel through a large codebase")
    r" (?:start (?:in|on|at|by|immediately|asap|as soon|right away|next|this|within|\d)|join (?:us|our|the team)"
    r"|relocate|report to|travel (?:to|for|up to|occasionally|frequently|internationally|abroad|\d)|commute"
    r"|move to|an? \d+[- ]months?|a (?:full|part)[- ]time|a contract|immediately)\b)"
)
PERSON_SOUGHT: Final = (
    # (round 29: "We are actively looking for candidates who have worked with ...")
    r"we(?:'re| are) (?:(?:actively|especially|primarily|particularly|currently|also|always) )?(?:looking for|seeking)"
    r" (?:someone|somebody|a person|an individual|people|candidates|applicants) who" + _NOT_TERMS,
    # (round 29) "we are primarily interested in hiring a developer with strong React experience"
    r"we(?:'re| are) (?:(?:especially|primarily|particularly|mostly|mainly|also) )?interested in (?:hiring |contracting"
    r" )?(?:an? (?:[\w-]+ ){0,2}[\w-]+|candidates|applicants|someone|people) (?:with|who)" + _NOT_TERMS,
    r"we need (?:someone|somebody|a person|an individual|a leader|an engineer|people) who" + _NOT_TERMS,
    r"(?:you(?:'re| are|'d be| would be) )?(?:an? )?(?:ideal|great|perfect|strong|good) (?:fit|match) if you"
    + _NOT_TERMS
    + r"(?:'re| are)?(?: an?)?",
)
# the cues that ask (REQUIREMENT_CUES are these and TALK_CUES)
# (round 39) a second thing asked of the same subject: "experience [or a demonstrated interest] in SoC design"
SECOND_ASK: Final = (
    r"(?:or|and|and/or) (?:(?:a|an) )?(?:(?:demonstrated|proven|strong|some|genuine|keen) )?(?:interest|familiarity"
    r"|knowledge|exposure|experience|expertise|understanding)"
)
ASKING_CUES: Final = (
    *PERSON_SOUGHT,
    *_SUCCESS_CUES,
    r"(?:experience|background|knowledge|familiarity|proficiency|expertise|understanding|fluency)"
    + f"(?: {SECOND_ASK})?"
    + r" (?:with|in|of|on|using|building|running|developing|working|writing|designing)",
    r"(?:experienced|skilled|proficient|fluent|familiar|comfortable|versed) (?:with|in|at|using)",
    # (round 37) what is said to matter: "Incident response experience matters to us", "Clear writing matters more
    # than being online" (not "matters less", MATTERS_LITTLE)
    r"(?<!customer )(?<!user )(?<!your )(?<!our )(?<!their )"
    r"(?:experience|knowledge|skills?|writing|communication|background|design) matters? (?:(?:a lot|most|more) )?"
    r"(?:to us|here|than)\b",
    r"(?:fundamentals|experience|knowledge|skills?|proficiency|fluency|expertise)\b[^.;]{0,60}?"
    r"(?:is|are) non-negotiable\b",
    # (round 24) the qualities of the person sought: "We are looking for a curious and reliable team member who
    # has" (not "We are looking for a Senior Engineer", "... an engineer to join us": no quality named)
    r"(?:we are|we're) (?:currently |also )?(?:looking for|seeking|searching for) (?:an? |someone )?"
    r"(?:(?:highly |very |truly )?(?:dedicated|motivated|self-motivated|curious|driven|passionate|organi[sz]ed"
    r"|proactive|reliable|enthusiastic|collaborative|creative|independent|communicative|detail-oriented|flexible"
    r"|open-minded|empathetic|resourceful|versatile)(?:,? and |, | ))+(?:team players?|persons?|people|individuals?"
    r"|colleagues?|team members?|self-starters?)"
    # (the sentence ends there, or leads in its list: not "... a motivated engineer to help us scale", "... a highly
    # motivated individual with experience in Rust", which name no quality to assess beside the search)
    r"(?:\s+(?:who|that)(?:\s+(?:has|have|is|are|can|brings?))?)?\W*$",
    # (round 24) "Is comfortable working in an agile environment with weekly releases"
    r"comfortable (?:working|operating|collaborating) (?:in|with|on|across|alongside|within)",
    # ("you're", "you have", "you know": see TALK_CUES)
    r"you(?: bring| should| must| will have| possess| communicate| thrive| work well)",
    # not asked ("Do you love the sense of accomplishment in launching a product?": the posting's opener)
    r"(?<!\bdo )(?<!n't )(?<!\bwould )you (?:enjoy|love|care)",
    # these verbs only as the sentence's own ("You write clear docs", "... and you speak German"), not in a
    # clause about a noun ("improve the quality of the code you write", "the choices you take")
    # (after a sentence adverb or "that" too: "Ideally you speak German", "We expect that you write tests")
    # (the checks look back from after "you": a word list's pattern should open with its own letters)
    r"you(?:(?<![\w'’] you)|(?<=\band you)|(?<=\bif you)|(?<=\bthat you)|(?<=\bideally you)|(?<=\bpreferably you)"
    r"|(?<=\bcourse you)|(?<=\bnaturally you)|(?<=\balso you)|(?<=\bthen you)) (?:write|speak|stay|take|like|value)",
    # a question to the reader about who they are or what they have: "Are you a motivated individual who ...?",
    # "Do you have experience with Kafka?" (not "Are you ready?", "Do you love ...?")
    # (who they are, said with what they do: not "Are you a design student?", "Are you a fit for a small team?")
    r"are you (?:an?|someone)(?= )(?! (?:good |great |perfect )?(?:fit|match)\b)"
    r"(?=(?: [\w-]+){0,4} (?:who|that|with)\b)",
    r"do you (?:also )?have",
    # (what they did: not "Have you ever wondered / wanted / dreamed ...?")
    r"have you (?:ever )?(?:built|led|run|written|shipped|designed|managed|maintained|deployed|operated|developed"
    r"|used|worked (?:with|on|in)|contributed|taught|mentored|scaled|migrated|debugged)\b",
    r"you(?:'ll| will)? need (?:to have|to be|to know|a |an |experience|strong|solid|good)",
    r"you(?:'ll| will) be (?:comfortable|expected|familiar|fluent|proficient)",
    # who the role needs, described: "engineers who share our passion", "students who are interested in"
    r"(?:someone|people|engineers?|developers?|candidates?|applicants?|students|individuals?|persons?"
    r"|colleagues?|team members?|coders?|programmers?) (?:who|that) (?:\w+ly )?(?:have|has|are|is|share|shares"
    r"|want|wants|enjoy|enjoys|love|loves|care|cares|take|takes|bring|brings)",
    # "We value clean coders who ...", not the company's values ("we value openness", "we value curiosity")
    r"we value (?:[\w-]+ ){0,2}(?:people|engineers|developers|coders|programmers|testers|candidates|someone|those"
    r"|individuals|folks|team members|colleagues)\b",
    r"(?:it's|it is) (?:essential|important|crucial|vital|key|necessary) (?:to|that)",
    r"(?:essential|crucial|vital|indispensable|a must)(?= for|[.!]|$)",
    r"(?:is|are) (?:essential|required|a must|a plus|considered a plus|highly appreciated|appreciated|valued)",
    NEEDED_TRAIT_ASKED,  # (round 35) "… willingness to learn their needs is a needed trait"
    r"(?:strong|solid|good|excellent|deep) (?:\w+ ){0,3}(?:skills|background|knowledge|understanding|experience)",
    r"(?:we are|we're) looking for (?:someone|a person|people|candidates|an? \w+ (?:with|who(?! will)))",
    r"someone (?:with|who)",
    # "We are seeking a creative, dedicated software engineer", "The candidate must be self-motivated",
    # "Are you passionate about statistics?"
    r"(?:we are|we're|we) (?:seeking|searching for) (?:someone|a person|people|candidates|an?)",
    r"(?:candidates?|applicants?|you|the (?:person|hire|engineer|developer|scientist)) (?:must|should) be\b",
    r"are you (?:an? |someone |\w+ )?(?:passionate|excited|curious|enthusiastic|experienced|familiar"
    r"|comfortable|skilled|proficient|fluent)",
    # "Successful candidates will share ...", "The ideal candidate has ...": who the role needs
    r"(?:successful|ideal|right|strong|qualified) (?:candidates?|applicants?|person|people|hires?)(?: \w+){0,3}"
    r" (?:will|should|must|have|has|bring|brings|share|shares|possess|possesses|need|needs|are|is"
    r"|(?:could|would) (?:act|serve) as)",  # (round 25) "The ideal candidate could act as a tech lead manager"
    # "Kubernetes is required", not "A system manager is required to support teaching" (what the role does)
    r"(?:is|are) (?:required|expected|needed|necessary)(?! to \w)",
    # "we do expect applicants to have a demonstrated record of ..."
    r"(?<!n't )(?<!not )(?<!never )expect (?:all )?(?:applicants|candidates|you|the (?:person|candidate|hire)) to"
    r" (?:have|be|bring|know|show|demonstrate)",
    r"(?:must|should) (?:have|know|bring|possess|demonstrate)",
    # a sentence that ends saying so: "... sysadmin and configuration management skills required."
    r"(?<!\bnot )(?<!\bno )(?<!\bwhere )(?<!\bwhen )(?<!\bif )(?<!\bas )(?:also )?required(?=\W*$)",
    # (round 38) said after it, of it: "No biology experience is necessary, but it's an asset"
    # (at the sentence's end: not "Our office is next to the station; it's an advantage for commuters")
    r"(?:it's|it is|that's|that is) (?:an? )?(?:real |great |big |huge |definite )?(?:asset|plus|bonus|advantage)"
    r"(?=\W*$)",
    # (round 38) a label and its list, said in a paragraph: "... is an asset. Key skills: Python/R, AWS, postgres."
    # (skills only: "Tech stack: Go, Kafka." says what the team uses, "Technical requirements: a webcam" the terms)
    r"(?:key|core|main|essential|required|technical) skills\s?:(?= \S)",
    # (round 38) or that it is wished for: "UX/UI experience preferred.", "Git knowledge is strongly preferred."
    # (the candidate's: not "the app whose user experience is preferred")
    r"(?<!user )(?<!whose )"
    r"(?:experience|knowledge|familiarity|skills?|expertise|background|proficiency|understanding|exposure)"
    r" (?:is |are )?(?:strongly |highly |also )?preferred(?=\W*$)",
    r"knowledge of",
    r"skills? (?:in|with)",
    r"expérience (?:de|en|dans|avec|d')",
    r"(?:maîtrise|connaissances?|compétences?) (?:de|des|du|en|d')",
    # ("vous avez", "vous êtes": TALK_CUES)
    r"vous (?:maîtrisez|possédez|savez|devez|devrez|disposez|aimez|connaissez)",
    # (round 39) what the company wants the reader to be or have: "We'd also want you to be comfortable writing tests"
    # (not denied: "We don't need you to know Elixir"; "expect": see below)
    r"(?<!n't )(?<!not )(?<!never )(?:want|need|like|love) (?:you|candidates|applicants|the (?:candidate|person|hire))"
    r" to (?:be (?:comfortable|familiar|fluent|experienced|proficient|skilled|able|confident|at home)"
    r"|have (?:(?:some|solid|strong|good|deep|hands-on) )?(?:experience|knowledge|expertise|familiarity"
    r"|an? (?:good|solid|strong|deep) (?:understanding|knowledge|grasp))|know\b(?! that\b))",
    # (round 39) at ease doing something technical: "comfortable writing unit and UI tests"
    r"comfortable (?:writing|building|debugging|reading|using|running|testing|designing|deploying|operating"
    r"|maintaining|profiling|automating|scripting|owning)\b",
    r"(?:nous recherchons|nous cherchons) (?:quelqu'un|une personne|des personnes|un\w*(?: \w+)? (?:qui|avec|ayant))",
    r"(?:est|sont|serait|seraient) (?:indispensables?|requise?s?|nécessaires?|essentiel\w*)",
    r"(?:erfahrung|kenntnisse|fähigkeit|verständnis)\w* (?:in|mit|von|im|bei|über|zu)",
    r"du (?:kannst|bringst|solltest|verfügst|arbeitest)",  # ("du hast", "du bist": TALK_CUES)
    r"du \w+ gerne|(?:es )?(?:fällt|macht) dir (?:leicht|spaß|nichts aus|freude)",
    r"dass du",
    r"(?:wünschen|erwarten) wir (?:uns )?(?:von dir|von ihnen)?",
    r"(?:ist|sind) (?:uns )?(?:sehr |besonders )?(?:wichtig|unabdingbar|unerlässlich|erforderlich|vorausgesetzt)",
    r"(?:unabdingbar|unerlässlich|vorausgesetzt)",
    r"sie (?:haben|bringen|verfügen|sollten)",
    r"(?:experiencia|conocimientos?|manejo|dominio) (?:en|de|con)",
    r"(?:sabes|manejas|deberás|debes|cuentas con)",  # ("tienes": TALK_CUES)
    r"(?:buscamos|necesitamos) (?:a )?(?:alguien|una persona|personas|un\w*(?: \w+)? (?:que|con))",
    r"(?:es|son|será|serán) (?:imprescindibles?|indispensables?|necesari[oa]s?|requerid[oa]s?)",
    r"(?:se requiere|requisitos?|imprescindible)",
    # prose that says what the person brings without the words above (round 6 of issue #18)
    r"(?:the )?(?:person|people|candidate|engineer|developer|one) (?:we hire|we're hiring|we are hiring"
    r"|we're looking for|we are looking for|joining us|in this role) (?:will|should|must|needs? to|has|is)",
    r"(?:we|i) (?:\w+ )?care (?:a lot|deeply|most|mostly|much more|more|a great deal) about",
    # (the word after the cue is looked at ahead: a word list's pattern ends at a word's end)
    r"(?:we are|we're) (?:\w+ )?(?:more )?(?:concerned (?:about|with)(?= (?!you\b|your\b))|interested in"
    r" (?:hearing from )?" + _PEOPLE_SOUGHT + r" (?:with|who)\b)",
    r"(?:knowing|knowledge of|familiarity with|experience with|exposure to|comfort with) .{1,60}"
    r" (?:helps|will help|would help|matters|counts|is useful|is helpful|goes a long way)",
    r"(?:matters?|is key|are key|is a must|are a must)(?=[.!]|$)",
    r"should (?:feel|be|look) (?:\w+ )?(?:familiar|at home|comfortable|natural|second nature)",
    r"(?:is|are) (?:\w+ )?(?:at home|comfortable|fluent) (?:with|in)",
    r"(?:is|are) looking for an? [\w-]+(?: [\w-]+){0,2} (?:with|who(?! will| would))",
    r"(?:à la recherche|en recherche) d'(?:un|une)\S*(?: [\w'’·-]+){0,4}"
    r" (?:avec|ayant|qui (?:a |aime|sait|possède|maîtrise|connaît|est ))",
    r"(?:nous attendons|on attend|nous souhaitons) (?:de toi |de vous )?(?:une?|des|la|le|l')",
    # (the one sought, with what they bring: not "Nous recherchons un développeur backend pour notre équipe")
    r"(?:on cherche|nous cherchons|nous recherchons) (?:une?|des|la|le|l')\S*(?: [\w'’·-]+){0,4}"
    r" (?:qui|avec|ayant|capable|maîtrisant|connaissant|dotée?|disposant)\b",
    r"tu (?:sais|maîtrises|connais|aimes|parles|écris|possèdes|disposes|pratiques)",  # ("tu as", "tu es": TALK_CUES)
    r"(?:wir suchen|gesucht wird) (?:eine?n?|jemanden)(?: [\w-]+){0,3} (?:mit|die|der|den)",
    r"(?:du|sie) (?:sprichst|sprechen|kennst|kennen|beherrschst|beherrschen|liebst|lieben|magst|mögen)",
    r"(?:sabes|conoces|dominas|te gusta|estás familiarizad[oa]|tienes experiencia)",
    r"(?:sabés|conocés|manejás|dominás|podés)",  # ("tenés": TALK_CUES)
    r"(?:valoramos|nos interesa|es importante|es fundamental|es clave|necesitamos) que",
    r"que (?:sepas|tengas|conozcas|puedas|manejes|domines|te guste)",
    r"(?:we are|we're) hiring an? [\w-]+(?: [\w-]+){0,2} (?:with|who(?! will| would))",
    r"(?:happy|glad|willing) to (?:teach|train) (?:a|an|someone)",
    r"(?:is|are) how we work",
    # Dutch: "Heb je ervaring met DevOps", "kennis van Azure", "je beschikt over", "Minimaal 3 jaar ervaring"
    r"(?:ervaring|kennis|affiniteit) (?:met|van|in|als)|beschik (?:je|jij)",  # ("heb je": TALK_CUES)
    r"(?:minimaal|ten minste|tenminste) \d+ jaar",
    r"belangrijk\w* (?:is )?dat (?:je|jij)|(?:je|jij) (?:\w+ ){0,4}(?:kunt|wilt|beschikt)\b",  # ("je hebt": TALK_CUES)
    # Swedish, Norwegian, Danish: "Erfaring med Kotlin", "Du har god kännedom om", "Minst 3 års erfarenhet"
    r"(?:erfaring|erfarenhet|kunnskap|kunskap(?:er)?|kendskab|kjennskap|kännedom|forståelse|förståelse|innsikt"
    r"|insikt|viden) (?:med|av|om|til|i|inom|innen|for|för|af)\b",
    # (not in a clause about something else: "eksperter, som du kan sparre med", "så du kan udfordre os")
    r"(?<!som )(?<!så )(?<!att )(?<!där )(?<!hvor )(?<!der )du (?:har|er|är|kan|kjenner|känner|behersker|behärskar"
    r"|snakker|talar|taler|skriver|liker|gillar"
    r"|trives|brenner|brinner|evner|vet|ved)\b",
    r"(?:minst|minimum|mindst) \d+ (?:års?|år)|\d+\+? års? (?:\w+ )?erfar\w*",
    # (someone, with what they bring: not "Vi söker en backendutvecklare till vårt team i Umeå")
    r"(?:vi|som) (?:ser etter|søker|söker|søger|leter etter|leder efter) (?:deg|dig|någon|noen|nogen)\b",
    r"(?:vi|som) (?:ser etter|søker|söker|søger|leter etter|leder efter) (?:en|ett|et) [\w-]+(?: [\w-]+){0,3}"
    r" (?:som|med|der)\b",
    r"(?:är|er) (?:ett krav|et krav|nødvendig|nödvändigt|påkrevd|viktig|viktigt|vigtigt)\b",
    r"(?:god|gode|goda|gott|godt|solid|solida|stærk|sterk|stark|starka|sterke|bred|dyb|djup|dyp) (?:\w+ ){0,2}"
    r"(?:erfaring|erfarenhet|kunnskap|kunskaper|kunskap|forståelse|förståelse|kendskab|kjennskap|kännedom"
    r"|kompetanse|kompetens|evner|förmåga|ferdigheter|färdigheter)",
    # Italian: "Esperienza con Python", "Ottima conoscenza di Django", "Hai esperienza", "almeno 3 anni"
    r"(?:esperienza|conoscenz[ae]|padronanza|familiarità|competenz[ae]|capacità) (?:con|in|di|del|della|dei|degli"
    r"|delle|dello|nel|nella|nello|nei|nelle|nell'|sul|sulla|nell’)\b",
    r"(?:hai|ha) (?:già )?(?:esperienza|conoscenz\w*|familiarità|competenz\w*|padronanza|maturato|almeno|una (?:buona"
    r"|ottima|solida|discreta))\b|(?:possiedi|conosci|parli|ti piace)\b|(?:sai|sei in grado di) (?:usare|programmare"
    r"|lavorare|gestire|scrivere|progettare)\b|(?:almeno|minimo) \d+ anni",
    r"(?:è|sono) (?:richiest[aoie]|necessari[aoie]|indispensabil[ei]|fondamental[ei])",
    r"(?:cerchiamo|stiamo cercando) (?:una persona|un[ao]?|qualcuno|persone)\b",
    # Portuguese: "Experiência com Node.js", "Conhecimento em SQL", "Você tem", "pelo menos 3 anos"
    r"(?:experiência|conhecimentos?|domínio|vivência|familiaridade|proficiência) (?:com|em|de|no|na|nos|nas|sobre"
    r"|do|da|dos|das)\b",
    r"você (?:tem|possui|é|sabe|conhece|domina|gosta)\b|(?:pelo menos|no mínimo|mínimo de) \d+ anos",
    r"(?:buscamos|procuramos) (?:alguém|pessoas|uma pessoa|profissionais)\b",
    # Polish: "Doświadczenie w pracy z", "Dobra znajomość", "Umiejętność", "Minimum 3 lata"
    r"(?:doświadczeni[ea]|znajomoś[ćci]|umiejętnoś[ćci]|wiedz[ay]|biegłoś[ćci]) (?:w|z|we|ze|pracy|zakresu"
    r"|programowania|języka|technologii|narzędzi|baz)\b",
    r"(?:minimum|min\.|co najmniej|przynajmniej) \d+ (?:lat|lata|roku|rok)\b",
    r"masz (?:doświadczeni\w*|wiedz\w*|znajomoś\w*|umiejętnoś\w*|min\w*|co najmniej|\d+)\b"
    r"|(?:znasz|potrafisz|posiadasz|umiesz|lubisz)\b|jesteś (?:osobą|komunikatywn\w*|samodzieln\w*|otwart\w*)\b",
    # Finnish: "Kokemusta Reactista", "Hyvä SQL-osaaminen", "Sinulla on", "vähintään 3 vuoden"
    r"kokemus\w*|(?<!meillä on )(?<!meillä on vahvaa )(?<!meillä on laajaa )\w*osaami\w*|\w*tuntemus\w*"
    r"|sinulla on (?!mahdollisuus|tilaisuus|oikeus|pääsy)|vähintään \d+ vuo\w*",
    # Turkish: "deneyimli", "deneyimi olan", "konusunda bilgi sahibi", "en az 3 yıl", "hakim"
    r"deneyim\w*|tecrübe\w*|bilgi sahibi|bilgisi\w*|hakim\w*|yetkin\w*|en az \d+ y\wl\w*|becerisi\w*",
    # Korean: "... 경험" (experience), "경력 3년 이상" (3+ years), "능력" (ability), "이해" (understanding)
    r"경험\w*|경력\w*|능력\w*|이해\w*|지식\w*|숙련\w*|가능하신 분|있으신 분",
    # Czech: "Zkušenosti s", "Znalost", "praxe", "alespoň 3 roky", "umíš", "máš"
    r"zkušenost\w*|znalost\w*|praxe|praxi|(?:alespoň|minimálně|min\.) \d+ (?:roky|let|rok)\b|schopnost\w*"
    r"|(?:umíš|znáš|máš|ovládáš|orientuješ)\b",
)
REQUIREMENT_CUES: Final = ASKING_CUES + TALK_CUES
# The person sought, pictured: "We think you are an experienced engineering leader who ..." (not "We think you are
# going to love it here")
PICTURING: Final = r"we (?:think|believe|imagine|picture|need to (?:see|know|prove|be sure)) (?:that )?you(?:'re| are)"
PICTURES_PERSON: Final = PICTURING + r" an? (?!going\b|excited\b|ready\b|interested\b)\w+"
# A requirement sentence this explicit is one even inside a duties section ("The ideal
# candidate will have ...", "You must have ...", "5+ years of experience ... is required").
STRONG_REQUIREMENT_CUES: Final = (
    r"(?:successful|ideal|right|qualified) (?:candidates?|applicants?|person|people|hires?)(?: \w+){0,3}"
    r" (?:will have|should have|must have|will bring|has|have|brings|possess|possesses|needs?"
    r"|(?:could|would|will|should) (?:act|serve) as)",  # (round 25) "The ideal candidate could act as a tech lead"
    r"(?:must|should) have",
    r"you (?:must|should) (?:have|know|bring|be able)",
    r"you(?: will| would|'ll)? need to (?:have|know|bring|be able)",  # (round 29) "you need to have a background in"
    PICTURES_PERSON,
    r"(?:is|are) (?:required|essential|a must)(?! to \w)",
    r"(?:\d+\+?|several|many|multiple) years of (?:\w+ ){0,3}experience",
    # said to the reader inside a description of the job: "It's important that you're knowledgeable in AWS",
    # "familiarity with Veracode is a plus"
    r"(?:it's|it is) (?:essential|important|crucial|vital|necessary|key) (?:that you|for you to)",
    r"(?:is|are|would be) (?:a (?:(?:very |really )?(?:big|huge|definite|real) )?plus|considered a plus|an asset"
    r"|a bonus)",
    *PERSON_SOUGHT,
    *_SUCCESS_CUES,
)
# A line ending in ":" announces what the list below it is: duties ("You will be
# responsible for:") or requirements ("You should have a strong understanding of:").
DUTY_LEAD_INS: Final = (
    r"you(?:'ll| will)(?: also)?(?: be)? (?:responsible for|working on|work on|doing|own|be doing|focus on)",
    r"you(?:'ll| will)(?: also)?(?: be)?:?$",
    r"your (?:tasks|responsibilities|duties|day[- ]to[- ]day|mission)",
    r"(?:responsibilities|duties|tasks) (?:include|are)",
    r"in (?:diesen|folgenden) bereichen wirst du",
    r"(?:deine|ihre) aufgaben",
    r"vous (?:serez|allez) (?:chargée?|responsable|amenée?)",
    r"vos missions",
    r"(?:tus|sus) (?:tareas|responsabilidades|funciones)",
)
# Headings of the "other" group whose prose may still state a requirement plainly (an
# overview, a summary of the role: "The ideal candidate will have ..."), unlike
# eligibility, location or how to apply.
DESCRIPTIVE_HEADINGS: Final = (
    r"overview",
    r"summary",
    r"introduction",
    r"description",
)
# Sentences that are never requirements, wherever they stand: legal, how to apply,
# benefits, hiring steps.
BOILERPLATE: Final = (
    # the closing line of a list: the reader's interest in the job, not a skill
    r"(?:everything|all|what) (?:you(?:'ve| have)|you) (?:just )?read",
    r"(?:tout )?ce que (?:tu viens|vous venez) de lire",
    r"(?:alles|was) (?:du|sie) gerade gelesen",
    r"todo lo que (?:acabas|acabás) de leer",
    r"background checks?",
    r"(?:in|with|of) the above (?:stack|list|technologies|tools|skills)\b",  # "proficiency in the above stack"
    # when the work is done, not a skill: "hours that overlap substantially with Eastern time"
    r"(?:hours|time ?zones?) that overlap|overlap (?:substantially |significantly )?with (?:\w+ ){0,2}(?:time|hours)",
    # a job board's questions to applicants ("Employer questions", "Your application will include the following
    # questions:") and its page ("Report this job advert")
    r"(?:employer|screening|application) questions|(?:your|the) application will include|report this job",
    r"received (?:this|it) (?:e-?mail |message )?in error",  # an e-mail's disclaimer, when a posting is forwarded
    r"acceptance of (?:this|the) (?:position|offer)|after accepting (?:this|the|our|an?) (?:position|offer)",
    r"\d+[- ](?:months?|weeks?|years?|hours?)(?: (?:a|per) week)? commitment|commitment of \d+",
    r"equal (?:opportunity|employment)",
    r"without regard to",
    r"(?:race|religion|gender identity|sexual orientation|national origin|disability|veteran)"
    r"(?:,| or| and)",
    r"reasonable accommodations?",
    r"mesures d['’]adaptation|ajustes razonables|angemessene vorkehrungen",
    r"(?:be|being) accommodated",
    r"(?:access to|range of|following|many|our|these|great|competitive) (?:benefits|perks)",
    r"(?:competitive|great|generous|excellent|attractive|comprehensive) (?:\w+ ){0,2}(?:benefits|perks|salary|pay"
    r"|compensation|package)",
    r"compensation is",
    r"relocation (?:assistance|support|package|possible|is possible|available)|assistance (?:in|with) relocation",
    r"unlimited (?:pto|vacation|holidays?|time off)",
    r"stock options|equity (?:package|grant|stake)",
    r"(?:have|get|enjoy) access to",
    r"you(?:'ll| will) (?:be able to|get to|have the (?:chance|opportunity))",
    r"(?:submit|send) (?:your|a|us) (?:résumé|resume|cv|application|cover letter)",
    # "to apply" for the job, not "ability to apply statistical methods"
    r"(?:how|want|wish|like|invited?|encouraged?|welcome|reasons?|ready|eligible|interested|decide) to apply"
    # (round 30: not applying a practice, "Willingness to learn how to apply best coding practices to iOS")
    r"(?! (?:[\w-]+ ){0,2}(?:practices|principles|patterns|techniques|methods|methodolog\w*|knowledge|skills|concepts"
    r"|fixes|patches|updates|changes|algorithms|models)\b)",
    r"to apply (?:for|now|online|via|through|here|today|please|by|to)",
    r"to apply(?=[.,:;!]|$)",  # ... and a heading "To apply"
    # the hiring process: "Review of applications will begin on May 2 and continue until the position is filled"
    r"review of applications|applications (?:will be|are) (?:reviewed|accepted|considered)|until the (?:position|role"
    r"|post|job) is filled",
    r"apply (?:now|here|today|via|through|online)",
    # (round 26) the hiring step's assignment: "You will be given a coding assignment", "you'll get a take-home
    # exercise"
    r"you(?:'ll| will) (?:be given|be sent|get|receive|complete|do) an? (?:short |small )?(?:coding|technical"
    r"|take[- ]home|programming|home) (?:assignment|exercise|test|challenge|task)",
    r"cover letter",
    r"click here",
    # reassurance, not a requirement: "We are not expecting experience with all components of the position"
    r"(?:are|am|is|do|does)(?:n't| not) (?:expect\w*|requir\w*|need\w*) (?:\w+ ){0,4}(?:all|every|everything)\b",
    r"(?:we are|we're) not expecting",
    # (round 31) "We understand that no one person has all the qualifications listed here, so please apply if ..."
    r"no (?:one|single)(?: person| candidate| applicant)? (?:has|have|will have|meets|ticks|checks) (?:all|every)"
    r"(?: of)?(?: the| these| our)? (?:qualifications|requirements|skills|criteria|boxes|items|things)\b",
    r"application form",
    r"(?:visa )?sponsorship",
    r"background check",
    r"(?:health|dental|vision) (?:insurance|coverage|benefits)",
    r"paid (?:time off|leave|holidays)",
    # round 17: perks listed with no heading over them ("Full Remote Flexibility: Work from anywhere.", "Flexible
    # Hours: Pick your own hours.", "Personal assistant for your non-work tasks.")
    r"work from anywhere(?! in\b)",
    r"(?:pick|choose|set) your own (?:working )?(?:hours|schedule)",
    r"projects of your (?:own )?choice|your non-work tasks",
    r"(?:home[- ]?office|learning|training|conference|education|wellness|gym|equipment) (?:budget|stipend|allowance)",
    r"(?:parental|maternity|paternity) leave",
    r"\d+ (?:days|weeks) (?:of )?(?:paid )?(?:vacation|holidays?|annual leave|pto)\b",
    r"401\(?k\)?",
    r"stock options",
    r"interview (?:process|stages?|rounds?|steps?)",
    r"we (?:encourage|welcome) (?:applications|applicants|candidates|you to apply)",
    r"(?:applications|applicants|candidates) (?:are|is) (?:\w+ )?welcome",  # "Applications are welcome from ..."
    r"encourages (?:all )?(?:applications|applicants|candidates|you to apply)|regardless of whether you (?:\w+ ){0,3}"
    r"meet",
    # an invitation, not a requirement: "Would you like to find out?", "Would you like to be a key person in ..."
    r"would you like to",
    r"even if you (?:don't|do not) (?:meet|match|tick|check|have)",
    # a cookie banner ("This website uses cookies to ensure you get the best experience"), a newsletter's offer
    r"(?:uses?|accept|allow|enable) (?:all |our |the )?cookies|cookies (?:to|help|are used)"
    r"|cookie (?:policy|settings|preferences|consent|banner)",
    r"(?:in|to) your (?:inbox|mailbox)|all rights reserved|(?:subscribe|sign up) (?:to|for) (?:our |the )?(?:news"
    r"|job alerts|updates|mailing list)",
    r"bewerbung",
    r"candidature",
    # (not a waiver's end: "... mais que l'absence de cette expérience ne vous décourage pas de postuler")
    r"(?<!décourage pas de )(?<!empêche pas de )postuler",
    r"(?<!desanime a )(?<!desanime de )(?<!impida )postula",
    r"citizen\w*",
    # the right to work where the job is: "Canadian permanent residents or legally authorized to work in Canada"
    r"(?:legally )?(?:authori[sz]ed|eligible|entitled) to work (?:in|from|for)",
    r"permanent residen(?:ts?|ce|cy)",
    r"(?:hold|have|valid|obtain|require|sponsor)\w* (?:an? |your )?(?:\w+ )?work (?:permit|visa)s?",
    # "You will need to work from Canada." (a place, where the sentence ends; not "work from Figma designs ...")
    r"(?:need|required|must) to (?:work|live|reside) from (?:\w+ ){0,2}\w+(?=[.;!]|$)",
    r"background investigation",
    # the application's own privacy and questions: "All documents provided by you are stored with Greenhouse",
    # "we are here to answer all your questions", "toutes les entrevues seront menées par vidéo"
    r"(?:documents|information|data) (?:provided|submitted) by you|provided by you (?:are|is) stored",
    r"answer (?:all |any )?(?:of )?your questions",
    # who and when applications come first: "Applications received before 1 March will be given priority"
    r"applications? (?:received|submitted)|internal (?:candidates|applicants)|first come,? first served",
    r"(?:toutes les |les )?entrevues? (?:\w+ ){0,5}(?:seront|sera) (?:menée?s?|tenue?s?|faites?)",
    r"trial period",
    r"selective service",
    r"financial disclosure",
    r"direct deposit",
    r"condition of (?:continued )?employment",
    r"(?:work|employment) (?:status|authori[sz]ation|permit|eligibility)",
    r"eligib\w*",
    r"starting salary",
    r"appointment type",
    r"hours per week",
    r"month/year",
    r"your (?:résumé|resume|cv)",
    # (round 29: "full-time" not as the measure of the experience asked, "one full-time year (52 weeks) of specialized
    # experience", "2 years of full-time industry experience")
    r"full[- ]time(?: position| role| job)?(?! (?:years?|experience|work experience|professional experience"
    r"|industry experience)\b)",
    r"part[- ]time(?: position| role| job)?",
    r"positions? (?:is|are) (?:full|part)",
    r"recruiting only from",
    r"we prioriti[sz]e applicants",
    r"may not matter",
    r"let's (?:chat|talk)",
    r"tell us why",
    r"dites-nous",
    r"technical test",
    r"take[- ]home",
    r"\d+[- ]minute (?:call|chat|interview|conversation)",
    r"final (?:conversation|interview|round)",
    r"bei uns gibt es",
    r"please (?:include|send|attach|contact|reach out|get in touch)",
    # "Email resumes to hiring@...", "Send us your CV": how to apply (not "Ability to submit resumes within SLA",
    # "send CVs to clients"); no "^": a word list's pattern that says no first character is tried at every word
    r"(?:e-?mail|send|submit) us (?:your )?(?:résumé|resume|cv)"
    r"|(?:e-?mail|send|submit) (?:your )?(?:résumés?|resumes?|cvs?) (?:to|at)"
    r" (?:\S*@|us\b|hiring|jobs|careers|recruit)",
    r"if (?:this|that|it) sounds like (?:you|a fit|something)",
    # (round 36) the German invitation: "Du hast Lust, mit uns zu arbeiten? Dann melde dich …", "Bewirb dich jetzt"
    # (not "Du hast Lust auf neue Technologien", a wish the posting makes of the person)
    r"lust,? (?:mit uns|bei uns|in unserem team|teil (?:unseres|des) teams?) (?:zu )?"
    r"(?:arbeiten|mitzuarbeiten|zu werden)"
    r"|^(?:dann |jetzt |also )?(?:melde|bewirb) dich\b|^(?:dann |jetzt )?(?:melden|bewerben) sie sich\b",
    r"let's (?:build|shape|create|make|change)\b",  # the closing call: "Let's build the future of ... together."
    r"(?:should|would|will) be considered for",
    r"(?:positions?|roles?|posts?|contracts?) (?:is|are) (?:\w+ ){0,2}for (?:an? )?(?:initial(?:ly)? )?(?:\d+|one|two"
    r"|three|four|five) (?:years?|months?)|possibility of (?:an? )?(?:extension|renewal)",
    # (round 39) what the job gives the person: "the post will offer experience of the full hardware/software stack"
    r"(?:the|this) (?:post|position|role|job) (?:will |would |also )?(?:offers?|provides?|gives?) (?:you |the"
    r" (?:successful |right )?(?:candidate|applicant|person) )?(?:the (?:opportunity|chance)|(?:\w+ )?(?:experience"
    r"|exposure|insight))\b"
    # (and nothing asked after it: not "The role offers exposure to ML, and you must have solid Python")
    r"(?![^.;]*\b(?:must|should|required|essential|a plus|an asset|a bonus|preferred|needs? to|have to|is needed"
    r"|are needed|experience (?:with|in)|knowledge of|ideally|preferably|would be (?:great|nice|ideal)|helps)\b)",
    # how the job is paid for and how long it lasts: "The position is initially funded for 2 years"
    r"(?:position|role|post|job|contract) (?:is|will be) (?:initially |currently |fully )?(?:funded|paid|offered|"
    r"available) (?:for|by|through|until|as)",
    r"funded (?:by|through) (?:a |an |the )?(?:\w+ ){0,2}(?:grant|award|foundation)",
    r"fund(?:s|ing) (?:is |are )?(?:allocated|available|secured|committed) (?:through|until|for)|additional funding",
    r"salary (?:is )?negotiable|negotiable salary",
    # how to get in touch: "If you are interested, write to us", "Si estás interesado escríbenos a …"
    r"(?:if|si|wenn|falls) (?:you(?:'re| are)|estás|estas|vous êtes|tu es|du bist|sie sind) (?:\w+ )?"
    r"(?:interested|interesad[oa]s?|intéressée?s?|interessiert)",
    r"(?:e-?mail|write to|contact) us\b",
    r"(?:hit|ping|give) us (?:up|a (?:shout|call|ring))|drop us an? (?:line|note|message|mail)|(?:get|be) in touch"
    r" with us",
    r"escríbenos|envíanos|contáctanos|écrivez-nous|contactez-nous|schreib\w* uns",
    r"tell us (?:a (?:little|bit) |something )?about (?:you|yourself)",
    r"cuéntanos|contándonos|parlez-nous de vous|parle-nous de toi|erzähl\w* uns",
    r"(?:puedes|podéis|you can|you may|feel free to) (?:añadir|adjuntar|add|attach|include) (?:cualquier|any|anything)",
    # where the person must live: eligibility, not a skill
    r"residencia en|(?:must|should) (?:be )?(?:based|located|residing|reside|live) in|wohnsitz in",
    r"(?:prefer|require|ask) (?:that )?(?:you|candidates|applicants) (?:live|reside|are based|be based) in",
    # Dutch: how to apply, and "Then you are the engineer we are looking for!"
    r"solliciteer\w*|sollicit\w*|motivatiebrief|stuur (?:dan |ons |je )?(?:\w+ ){0,3}(?:je |jouw |uw )?cv",
    r"die (?:wij|we) zoeken",
    r"(?:wij|we) bij elkaar passen",  # "Heb jij het gevoel dat wij bij elkaar passen?": how to apply
)
# The words of a list's lead-in that name only what the list holds: "You will need the following skills:" is no
# requirement of its own, "... exceptional DevOps skills in the current technology stack:" is one.
GENERIC_LEAD_WORDS: Final = frozenset(
    [
        "following",
        "these",
        "those",
        "this",
        "the",
        "a",
        "an",
        "some",
        "any",
        "all",
        "most",
        "many",
        "several",
        "one",
        "two",
        "three",
        "more",
        "or",
        "and",
        "of",
        "in",
        "with",
        "on",
        "at",
        "for",
        "to",
        "from",
        "least",
        "areas",
        "area",
        "fields",
        "field",
        "domains",
        "domain",
        "topics",
        "tools",
        "technologies",
        "technology",
        "languages",
        "skills",
        "skill",
        "experience",
        "qualifications",
        "requirements",
        "attributes",
        "traits",
        "qualities",
        "knowledge",
        "abilities",
        "things",
        "list",
        "below",
        "above",
        "items",
        "points",
        "ones",
        "them",
        "other",
        "others",
        "such",
        "as",
        "like",
        "including",
        "include",
        "includes",
        "current",
        "stack",
    ]
)


# Boilerplate only when the item opens with it: a condition of the job said alone ("Willing to travel"), not
# "Fluent English, and willing to travel" (kept apart from BOILERPLATE: an anchored pattern there slows every search).
# what a framing opening must not be followed by: a requirement it leads to ("..., so fluent German is required",
# "... so you need excellent written communication", "... for someone with 3+ years in B2B sales")
_NOTHING_ASKED_AFTER: Final = (
    r"(?![^.;]*(?:\bso\b|\brequired\b|\bneed\b|\bmust\b|\bessential\b|\bexpect|\bwith \d|\d\+? years))"
)
# what says a skill is not asked for: "(Kubernetes) is not required", "ist keine Voraussetzung", "n'est pas requis"
SKILL_WAIVED: Final = (
    r"(?:(?:is|are) not (?:strictly )?(?:required|necessary|needed|mandatory|a requirement|a must)"
    r"|(?:isn't|aren't|isn’t|aren’t) (?:strictly )?(?:required|necessary|needed|mandatory|a requirement|a must)"
    r"|(?:ist|sind) (?:keine voraussetzung|nicht (?:erforderlich|notwendig|nötig))"
    r"|n'est pas (?:obligatoire|requis|nécessaire|exigé)|no es (?:necesario|imprescindible|obligatorio|un requisito)"
    r"|is (?:geen vereiste|niet (?:vereist|nodig|noodzakelijk))|(?:är|er) (?:inget|ikke et|ikke noget) krav"
    r"|(?:är|er) (?:inte|ikke) (?:nödvändigt|nødvendig|nødvendigt|påkrævet|påkrevd|ett krav))"
)
# nor a skill asked after a condition: (round 28) "You are based in Europe and have strong experience with Kubernetes",
# "... resident in Poland, fluent in Polish and experienced with SAP", "We are open to all candidates who know Kafka";
# (round 30) "... with experience in Kafka", "... with strong Go skills"
_NO_SKILL_ASKED_AFTER: Final = (
    r"(?![^.;]*?(?:\band|,|\bwho)\s+(?:(?:you|also)\s+)?(?:have|has|know|bring|can|are\s+(?:fluent|experienced"
    r"|skilled|proficient|familiar)|fluent|experienced|skilled|proficient|familiar)\b(?! the right\b| (?:with )?our\b))"
    r"(?![^.;]*?\bwith\s+(?:[\w+#.-]+\s+){0,3}?(?:experience|knowledge|expertise|skills|background)\b)"
)
BOILERPLATE_OPENINGS: Final = (
    # (round 28) a liking for the job itself, said to invite: "If you are excited about the opportunity to shape the
    # future of healthcare, we want to hear from you", "We are always seeking new team members that are excited about
    # this mission" (not "If you are excited about Rust ...": a technology)
    # (only the invitation that ends it, with no technology or practice named on the way, "… to work with Rust, apply"
    # asks for Rust; and the team's wish said alone, to the sentence's end)
    r"(?:if )?you(?:'re| are) (?:(?:really|truly|genuinely|very) )?(?:excited|passionate|enthusiastic|thrilled"
    r"|inspired) (?:about|by) (?:the|this|our) (?:opportunity|chance|mission|vision)\b(?![^.;,]{0,160}?\b(?:with|in"
    r"|using|and (?:have|know|bring))\b)[^.;,]{0,160}?,\s*(?:we(?:'d| would)? (?:want|love|like) to hear|(?:please )?"
    r"(?:apply|reach out|get in touch|contact us|send us|write to us)|let's talk|talk to us)",
    r"we(?:'re| are) (?:always )?(?:seeking|looking for) (?:new )?(?:team members|people|talent|colleagues|teammates)"
    r" (?:that|who) (?:are|share) (?:(?:really|truly|genuinely|very) )?(?:excited|passionate|enthusiastic)"
    r" (?:about|by|for) (?:the|this|our) (?:opportunity|mission|vision|work|cause)\W*$",
    # (round 26) a pointer to another part of the page: "See our `Stack` section below", "check out the list above"
    # (the pointer is the whole sentence, to a part of the page: not "See the stack below: Go, Kafka", "see that the
    # pipeline stays below budget")
    r"(?:see|check out|have a look at|take a look at) (?:our |the )?(?:[^\s.;:]+ ){0,3}[`'\"*]*(?:(?:tech )?stack"
    r"|lists?|sections?|requirements|skills|technologies|tools|links?|pages?)[`'\"*]*(?: (?:listed|described|named"
    r"|mentioned|section|list))? (?:below|above)(?=[`'\"*)]*\s*(?:[.;!(]|$))",
    # a skill waived, said alone (in a clause of its own: not "Go is a must, Kubernetes is not required"):
    # "Knowledge of Dutch is not required", "A degree is not necessary", "Deutsch ist
    # keine Voraussetzung" (not with a cue that it helps: "Rust is a plus, but not required", "… is welcome but is not
    # required")
    r"(?![^.;]*\b(?:plus|bonus|welcome|helpful|nice|asset|advantage|appreciated|preferred|useful|but|though|although"
    r"|maar|aber|mais|pero|men|pré|pluspunt|von vorteil|atout|un plus|meriterande|fordel|fördel)\b)"
    r"[^.;,]*\b" + SKILL_WAIVED + r"\W*(?:$|;)",
    # a background waived: "Whether you come straight from school or from an agency doesn't matter", "Of je vers van
    # de opleiding komt of bij een agency hebt gewerkt maakt niet uit"
    # (said alone: not "... doesn't matter, but you need 3 years of TypeScript")
    r"(?:whether|of|ob) [^.;]{0,240}(?:(?:does not|doesn't) matter|maakt (?:\w+ )?niet uit|spielt keine rolle"
    r"|ist (?:uns )?egal)(?: (?:to us|for us|für uns|voor ons))?\W*(?:$|;)",
    # a reassurance that waives a skill: "No Kubernetes experience? No problem", "Not a Terraform expert yet?"
    r"(?:no|not an?) (?:[\w+#.-]+ ){1,4}(?:experience|expert|pro|guru|ninja)(?: yet)?\s*\?",
    # a reassurance on its own: "Please don't let a lack of such experience discourage you from applying"
    # (not one that goes on to ask: "Don't let the lack of a degree stop you: you must know SQL")
    _LACK_OF + r"\b(?![^.!?]*[:;])",
    # a skill said not to be asked, with the reason: "No prior Haxe expertise is required as we can teach you Haxe"
    # (not "No Kubernetes experience is required, but Docker is a must")
    r"no (?:prior |previous |formal |professional )?(?:[\w+#./-]+ ){0,4}(?:experience|expertise|knowledge|background)"
    r"(?: (?:with|in|of) [\w+#./-]+)? (?:is |are )?(?:required|necessary|needed|expected)\b"
    r"(?![^.;]*\b(?:but|though|however|although)\b)",
    # a benefit said as what the person will have: "You will have a budget of 2,000 EUR a year for conferences"
    r"you(?:'ll| will) (?:have|get) (?:an? )?(?:\w+ )?budget (?:of|for)(?= )",
    r"(?:an? )?(?:learning |training |conference |education |book |travel )?budget (?:of|for)(?= )",
    # a line that only points to what is stated elsewhere: "general requirements (see How to Apply)"
    r"(?:the )?general (?:requirements|perks|benefits|qualifications)(?: \((?:see|on|in) [^)]*\))?\W*$",
    # where the work is done, said alone ("Comfortable working remotely.", "Willingness to work on-site in a
    # San Francisco based office", "Ability to work remotely 90% of the time"); not the skill of working well
    # remotely ("Able to work remotely with a distributed team"), nor a skill's bullet that also says it
    r"(?:the )?(?:ability|able|willing(?:ness)?|comfortable|happy|open|available|if remote, you should be willing)"
    r" (?:to )?(?:work|working) (?:remotely|from home|on[- ]?site)(?=\W*$|\s+\d|\s+(?:in|from|for)\b)",
    # the page around the posting: a cookie banner's buttons, a newsletter's field, the footer's credits
    r"(?:accept(?: all)?(?: cookies)?|decline|reject(?: all)?|got it|dismiss|manage (?:preferences|cookies|settings)"
    r"|allow (?:all|cookies)|cookie (?:settings|preferences|policy)|enter your e-?mail(?: address)?|subscribe)\W*$",
    # (the word after it looked at ahead: a word list's pattern ends at a word's end)
    r"(?:this )?(?:site|website|page) (?:is )?(?:built|made|powered|generated) (?:with|by|using)(?= )",
    r"(?:copyright|©)",
    # the job's facts as "label: value" lines ("Contract type: 3 years fixed term", "Location: Oxford")
    r"(?:contract(?: type| length)?|job (?:title|type)|location|salary(?: range)?|deadline|closing date|start date"
    r"|(?:working )?hours|employment type|reference(?: number)?|grade|pay|duration|type de contrat|lieu|date de début"
    r"|vertragsart|standort|arbeitsort|beginn|tipo de contrato|ubicación"
    r"|role(?: category)?|industry(?: type)?|department|functional area|openings|posted)\s*:",
    r"(?:(?:you|du|vous|tu) \w+ )?(?:to )?(?:be )?(?:willing(?:ness)?|able|ready|bereit\w*|prêt\w*|dispuest\w*),?"
    r" (?:[\w,]+ ){0,6}(?:to travel|zu reisen|à voyager|a viajar)",
    # "This position requires travel to remote sites", "Esta posición requiere viajes", "Le poste implique des
    # déplacements", "Die Stelle erfordert Reisen": a condition of the job
    # what is not required, said to reassure: "No prior cryptocurrency experience is necessary", "'Nice to have'
    # really means nice-to-have" (at the start only: "Python; no Java knowledge required" asks for Python)
    r"no (?:prior |previous |formal )?(?:[\w-]+ ){0,3}(?:experience|knowledge|background) (?:is |are )?(?:necessary"
    r"|required|needed|expected)",
    r"nice[- ]to[- ]have\W{0,3} (?:really |just |only )?means",
    # what the organisation believes ("We believe it's important to incorporate diverse perspectives"), not what
    # it believes the hire needs ("We believe you'll need strong Go")
    r"(?:we|our team) (?:strongly |firmly |truly |deeply )?believe(?! (?:that )?(?:you|the (?:ideal|right|successful)"
    r" candidate|candidates?|applicants?)\b)",
    # "Travel once per year is required": a condition of the job said as one
    r"(?:(?:occasional|some|regular|international|domestic|limited) )?travel"
    # not the travel trade: "Travel booking experience is required" is a skill
    r"(?!(?: [\w,]+){0,12}? (?:experience|systems?|industry|booking|software|platforms?|apis?|data|technology"
    r"|knowledge|domain|distribution|gds|integrations?)\b)"
    r"(?: [\w,]+){0,12} (?:is|will be|may be) (?:required|expected|necessary|needed)",
    # where the company is, and who the role suits: "We are located in Stockholm but ... remote-friendly", "This role
    # is a good fit for someone interested in moving from academia"
    # (said alone: "We are based in Vienna, so fluent German is required" asks for German)
    r"(?:we(?: are|'re)|our (?:team|office|company|headquarters|hq) (?:is|are)|(?:the |this )?(?:position|role|job)"
    r" is) (?:located|based|headquartered|situated) in(?= )" + _NOTHING_ASKED_AFTER,
    r"(?:this is|we are|we're) an? (?:fully )?remote[- ](?:friendly|first)(?= )" + _NOTHING_ASKED_AFTER,
    # where the person lives, asked as a condition: "located in the EU", "Must be based in Germany"
    # (round 28: "You are based in the Bay Area and ready for in-person days")
    # (round 30: "We prefer candidates located in Berlin", a place preferred as a condition)
    r"(?:you(?:'re| are) |you (?:must|should) be |" + WE_PREFER + r" (?:candidates|applicants|someone|people|those)"
    r"(?: (?:who|that) (?:are|is))? )?(?:(?:must|should) be |be |currently )?(?:located|based|residing"
    r"|resident) (?:in|within)(?= )" + _NOTHING_ASKED_AFTER + _NO_SKILL_ASKED_AFTER,
    # (round 38) who may apply: "We are open to any applicant who lives in the US"
    # (not a clause asking after it: "... in the US - you should be comfortable working remotely")
    r"(?:we(?:'re| are) )?(?:also )?open to (?:any|all) (?:applicants?|candidates?|people)(?= )(?![^.;]*\byou (?:should"
    r"|must|need to|will need to)\b)" + _NOTHING_ASKED_AFTER + _NO_SKILL_ASKED_AFTER,
    # ... or said with the verb: "Live between GMT-8 and GMT-5 (North American timezones)", "You must live in Canada"
    # (a place follows, not an idiom: "Live in the Kotlin ecosystem", "Live within the constraints of low-end devices")
    r"(?:(?:must|should|need to) )?(?:live|reside) (?:in|within|between)(?! (?:the )?(?:[\w-]+ ){0,2}(?:ecosystems?"
    r"|terminal|shell|editor|ide|constraints?|codebase|code|docs|documentation|world|space|browser|details|data"
    r"|trenches|stack|weeds)\b)(?= )" + _NOTHING_ASKED_AFTER,
    r"(?:this|the) (?:role|position|job) (?:is|would be|could be|may be) (?:a )?(?:good|great|perfect|ideal) (?:fit"
    r"|match) for (?:someone|anyone|people|you) (?:interested|who (?:wants?|would like|is looking)|looking|keen)(?= )"
    + _NOTHING_ASKED_AFTER,
    # (round 24) conditions and how to apply said as a clause of their own ("Experience with AWS, and you have the
    # right to work in the UK", "... and you are available to start in January", "... and you should send us your
    # GitHub profile", "... and you will need to travel occasionally")
    r"(?:you )?(?:have|hold) (?:the )?right to (?:work|live)(?= )",
    r"(?:you )?(?:are |be )?available to (?:start|join|begin)(?= )",
    r"(?:you )?(?:should |must |can |could |will )?(?:send|mail|email|e-mail) us(?= )",
    r"(?:you )?(?:are |be )?(?:able|willing|happy|ready) to (?:work|be) (?:from|in|at) (?:our|the) (?:[\w-]+ ){0,3}"
    r"(?:office|offices|headquarters|hq)\b",
    r"(?:you )?(?:will |would )?(?:need to|have to) travel(?= |\W*$)",
    r"(?:please )?make sure (?:that )?you(?= )",  # "Make sure that you have read the job description"
    r"(?:this|the) (?:position|role|job) (?:requires|involves|includes|may require) (?:\w+ ){0,3}travel"
    r"|(?:esta|la) (?:posición|posicion|plaza|vacante) (?:requiere|implica|incluye) (?:\w+ ){0,3}viajes"
    r"|(?:le|ce) poste (?:nécessite|implique|requiert|comprend) (?:\w+ ){0,3}déplacements"
    r"|(?:die|diese) (?:stelle|position|tätigkeit) (?:erfordert|beinhaltet|umfasst) (?:\w+ ){0,3}reise\w*",
)

# --- kind -----------------------------------------------------------------------
# A skill is soft when its short name (or, failing that, its first clause)
# contains one of these; everything else is hard. HARD_OVERRIDES are checked
# first, for technical phrases that contain a soft word.
HARD_OVERRIDES: Final = (
    r"communication protocols?",
    r"client[/-]server(?:[- ]\w+)?",  # "Client/Server-Kommunikation": how programs talk, not people
    # (round 18: "protocolli di comunicazione", "protokołów komunikacyjnych", "iletişim protokolleri", "komunikačních
    # protokolů", "protocolos de comunicação", "protocoles de communication", "Kommunikationsprotokolle")
    r"protocoll[io] di comunicazione|protocolos? de comunica\w*|protocoles? de communication|kommunikationsprotokoll\w*"
    r"|protok\w* komunikac\w*|komunikac\w* protok\w*|ileti\wim protokol\w*|komunikačn\w* protokol\w*",
    r"strumenti di collaborazione|collaboration tools|narzędzi\w* do współpracy",
    # (round 37) and the buses and devices hardware talks over: "PCI communication", "I2C and SPI communication"
    r"(?:network|inter-?service|inter-?process|serial|ip|secure|encrypted|wireless|radio|satellite"
    r"|pcie?|usb|spi|i2c|uart|bus|hardware|device|inter-?node|gpu|machine[- ]to[- ]machine|m2m)"
    r"(?: (?:or|and) (?:serial|ip|network|pcie?|usb|spi|i2c|uart))? communications?",
    r"leader election",
    r"human[- ]cent(?:er|r)ed design|human[- –]computer interaction",  # design disciplines, not "human" skills
    r"collaborative (?:algorithms?|editing|editors?|data ?bases?|data structures?)",  # CRDTs, not teamwork
    r"computer vision|machine vision",  # a field of machine learning, not a "vision" for the team
    # "XMPP for real-time communication": a technology, not "Written and real-time communication skills"
    r"(?:for|of|via|with|in) real[- ]time communications?(?! skills)",
    # writing a programming language, not prose: "comfortable writing in C++", "experience writing Python"
    r"writing (?:code |software |programs |services )?(?:in |with )?(?:c\+\+|c#"
    r"|c(?= (?:or|and) c\+\+| (?:for|on|code|firmware)\b)|golang|go|rust|python|java|javascript"
    r"|typescript|ruby|php|scala|kotlin|swift|elixir|haskell|ocaml|erlang|clojure|sql)(?![\w+#])",
    # (round 26) designs made into code: "convert PSDs to pragmatic code", "turn Figma mockups into clean code"
    r"(?:convert|turn|translat|transform)\w* [^.;,]{1,60}? (?:in)?to (?:[\w-]+ ){0,2}(?:code|html|css|components)\b",
)
# the languages a team may work in, each word once: the soft words and the parser build their patterns from them
_LANGUAGE_WORDS: Final = (
    "french|français|german|spanish|español|dutch|nederlands|portuguese|português|italian|italiano|polish|swedish"
    "|danish|norwegian|finnish|japanese|mandarin|cantonese|arabic|hindi|welsh|irish"
)
_LANGUAGES: Final = f"(?:{_LANGUAGE_WORDS})"
# a language named alone ("French", one part of "Fluent in French and proficient in English"): asked for as one
# ((round 39) and in German: "Englisch ist ein Plus", "Spanisch")
LANGUAGE_ALONE: Final = (
    f"(?:the )?(?:{_LANGUAGE_WORDS}|deutsch|english|englisch|französisch|spanisch|italienisch|niederländisch"
    "|portugiesisch|polnisch|schwedisch)"
)
# a soft word and a soft head (SOFT_TERMS, SOFT_HEADS): "Interested in distributed systems", "Interested in
# developers and their tools"; not "(We are) interested in people with DevOps expertise": who is wanted, then what
# they bring
# (nor what the company is interested in: "We're also interested in what you have built"; the look-behinds are of
# one width each: "we are ", "we're also ", "we'd be particularly ", ...; "You are also interested in compilers" is
# the reader's)
_WE_ARE: Final = "".join(
    f"(?<!{we} {adverb})"
    for we in (r"\bwe are", r"\bwe're", r"\bwe'd be", r"\bwe would be")
    for adverb in ("", "also ", "particularly ", "especially ", "very ", "always ", "most ", "really ", "mainly ")
)
INTERESTED_IN: Final = _WE_ARE + r"interested in(?! (?:hearing from )?" + _PEOPLE_SOUGHT + r" (?:with|who)\b)"

# (round 34) ways of working with others, read for the kind (SOFT_TERMS) and the link (CONCEPTS): partnering with
# people of another discipline (not a company: "Partnering with Stripe"), owning outcomes
PARTNERING_WITH: Final = (
    r"partner(?:s|ed|ing)? (?:closely |directly )?with (?:(?:the|our|your|other|cross-functional)\s+)?"
    r"(?:product|design|engineering|teams?|stakeholders|customers|clients|colleagues|researchers|scientists|data"
    r"|business|sales|marketing|operations|leadership|people|designers|engineers|managers)\b"
)
OWNING_OUTCOMES: Final = r"own(?:s|ed|ing)? (?:the |their |your |our )?outcomes?"
# Leading a body of work, not a technology: "Leading development for one segment of a project", "experience leading
# large development initiatives", "led major projects" (only words that name no technology between or after: "Lead
# performance optimization initiatives" is performance work; "leading the development of X", "led development in
# Java", "led initiatives to migrate to Kubernetes" are X, Java, Kubernetes)
LEADING_WORK: Final = (
    r"(?:lead(?:ing)?|led) (?:a |an |the )?(?:(?:large|larger|major|key|complex|strategic|multiple|several|technical"
    r"|engineering|software|development|cross-functional|company-wide|organi[sz]ation-wide) ){0,2}"
    r"(?:development|initiatives?|efforts?|projects?|programmes?|programs?|workstreams?)\b"
    r"(?! (?:of|in|on|with|using|to)\b)"
    # (round 24) the same in German, French and Spanish: "Erfahrung in der Leitung von Entwicklungsprojekten", "Du
    # hast Initiativen geleitet", "Expérience dans la direction de projets de développement", "Vous avez piloté des
    # initiatives techniques", "Experiencia liderando proyectos de desarrollo"
    r"|(?:leitung|leiten) (?:von |der |des )?(?:(?:großen|komplexen|technischen|mehreren) )?(?:entwicklungs|software)?"
    r"(?:projekten?|projekte|initiativen|vorhaben)\b"
    r"|(?:entwicklungs|software)?(?:projekte|initiativen|vorhaben) (?:erfolgreich )?geleitet\b"
    r"|(?:direction|pilotage|conduite|diriger|piloter|mener|conduire|dirigé|piloté|mené)e?s? (?:de |des |d')?"
    r"(?:(?:grands|gros|plusieurs) )?(?:projets?|initiatives?|chantiers?)\b"
    r"|(?:liderando|liderar|liderado|liderazgo de|dirigiendo|dirigir|dirigido|dirección de) (?:(?:grandes|varios"
    r"|múltiples) )?(?:proyectos|iniciativas)\b"
)
# (round 24) words of soft skills that both the kind (SOFT_TERMS) and the links (CONCEPTS) read: sharing knowledge in
# French, Spanish, German; working as a team in the Nordic languages and Dutch; communicating in German, Dutch, Swedish
SHARING_KNOWLEDGE: Final = (
    r"partag\w* (?:\w+ )?connaissances|partage (?:de|des) connaissances|compartir (?:\w+ )?conocimientos"
    r"|wissen (?:zu )?teilen|wissensaustausch|wissenstransfer"
)
TEAM_WORK_NORDIC_DUTCH: Final = (
    r"(?:arbeta|arbeide|arbejde|jobba|jobbe) i (?:et |ett )?team\w*|werk\w* (?:graag |goed )?samen"
)
COMMUNICATING_DE_NL_SV: Final = r"kommuniz\w*|communice\w*|communicatie\w*|kommunicer\w*"
# (round 29) documents written about code, which stay writing: "writing documentation for user interfaces"
WRITTEN_DOCUMENTS: Final = (
    r"documentation|docs|specifications|specs|release notes|manuals|guides|papers|blog posts|articles|reports"
)
# (round 33) keeping to time, said of the person's work: "Meeting deadlines", "delivering work in time" (not a system's
# deadlines, "meet task deadlines on an embedded RTOS", "hard real-time deadlines"; nor "on time-series databases")
KEEPING_TO_TIME: Final = (
    r"(?:(?:meet|meets|meeting|hit|hits|hitting|keep|keeps|keeping) (?!hard |real-time |sla |timing )(?:\w+ )?deadlines"
    r"|(?:deliver|delivers|delivering|finish|finishes|finishing|turn in|turning in) (?:(?:your|their|the|our|all) )?"
    r"(?:work|tasks|projects|deliverables|assignments|results|commitments|things)(?: \w+){0,2}? (?:on|in) time)"
    r"\b(?!-)(?![^.;]{0,40}\b(?:rtos|real-time|embedded|latency|sla|interrupts?)\b)"
)
# (round 35) training people, a kind of teaching: "Experience training new engineers", "Training non-technical
# colleagues", "training staff and volunteers" (not "training machine learning models", "training data")
TRAINING_PEOPLE: Final = (
    # (the words between are the people's adjectives, no preposition: "training pipelines for analysts" is hard)
    r"train(?:s|ed|ing)? (?:(?!(?:for|of|in|on|with|to|and|or|by|at)(?![-\w]))[\w-]+ ){0,2}?"
    r"(?:engineers|developers|people|users|staff|volunteers|colleagues|teams?"
    r"|others|customers|clients|students|new hires|hires|juniors|members|employees|analysts|researchers|scientists"
    r"|operators|partners|teachers|newcomers)\b"
)
SOFT_TERMS: Final = (
    LEADING_WORK,  # "Experience leading projects"
    r"direct(?:s|ing)? the (?:day-to-day )?work(?= of\b|\W*$)",  # (round 29) "Direct the work of a development team"
    # (round 30) weighing what people need: "balance the needs of our infrastructure and the needs of our community"
    # (not "the needs of CPU and GPU workloads", a technical trade-off)
    r"balanc(?:e|es|ed|ing) (?:the )?(?:competing |different |various )?(?:needs|priorities|demands|interests)\b"
    r"(?=[^.;]{0,80}\b(?:users|customers|clients|community|communities|stakeholders|teams?|people|business|product"
    r"|partners)\b)",
    # (round 29) working with people of a kind: "You've worked with teenagers", "worked successfully with girl hackers"
    r"work(?:ed|ing|s)? (?:(?:successfully|closely|directly|well) )?(?:with|alongside) (?:[\w-]+ ){0,2}?(?:teenagers"
    r"|teens|students|children|kids|young people|volunteers|hackers|learners|educators|teachers|parents|patients)\b",
    # (round 33) a spoken language: "Dominio del idioma español" (not "idiomas de programación", translation tools)
    r"idiomas?\b(?! de programaci)(?![^.;]{0,40}\b(?:i18n|l10n))",
    r"communicat\w*",
    r"mentor\w*",
    r"teach(?:es|ing)? (?:others|colleagues|people|students|researchers|users)\b",  # (round 33) "Teach others"
    TRAINING_PEOPLE,  # (round 35) "Experience training new engineers", not "training models"
    r"coach\w*",
    r"influenc\w*",
    r"collaborat\w*",
    r"empath\w*",
    r"negotiat\w*",
    r"leadership",
    r"teamwork",
    r"team[- ]?player\w*",  # (and "team-player mentality")
    # round 17: attitudes and ways of working said in a word ("Entrepreneurial and scrappy", "A love of tinkering",
    # "solve a wide breadth of problems", "a volunteer community"; not "project management", which labellers read
    # both ways)
    r"mentality|scrappy|entrepreneurial(?= and\b|\W*$)|tinker\w*",  # (not "an entrepreneurial company")
    r"solv(?:e|es|ing) (?:a |an )?(?:wide |broad |large |diverse )?(?:range|variety|breadth|array|diversity|set)"
    r" of (?:\w+ )?problems",
    r"volunteer communit\w*|(?:working|work|engag\w*) with (?:a |the |an )?(?:[\w-]+ )?communit(?:y|ies)",
    r"team spirit",
    r"team cohesion",  # (round 39) "understands the importance of team cohesion" (not "high cohesion" of code)
    r"push(?:es|ing)? back\b(?!-)",  # (round 39) "comfortable pushing back when quality is at risk"
    # (round 36) "Excellent social skills", "experience in community management", "steering volunteer groups"
    r"social (?:skills|competences?)(?! (?:assessment|software|app|platform|data|test)\w*)",
    r"communit(?:y|ies) management|(?:manag|grow|nurtur|foster)(?:e|es|ed|ing|s)?"
    r"(?: and (?:manag|grow|nurtur|foster)(?:e|es|ed|ing|s)?)? (?:a |the |an |our )?(?:(?:open[- ]source|developer|user"
    r"|online|volunteer|global|growing|vibrant|contributor) )?communit(?:y|ies)\b"
    r"(?! (?:\w+ )?(?:cluster|server|edition|instance|cloud|platform|plugin|software|app|database)s?\b)",
    r"steer(?:s|ing)? (?:[\w-]+ )?(?:groups|teams|communities|committees|people)\b",
    # (round 36) how the person works, said as their qualities: "Is rigorous, methodical and thorough" (not "rigorous
    # testing": a quality of a practice)
    # (round 39: or how they are so, "Thorough by habit; takes quality seriously")
    r"(?:rigou?rous|methodical|thorough|meticulous)(?=\s*(?:,|\band\b|\bor\b|\.|$|;|\bby (?:habit|nature)\b))",
    r"works? well with others|working well with others",
    r"bias (?:towards?|for) (?:action|doing|shipping)",
    r"stakeholders?",
    r"ownership",
    r"adaptab\w*",
    r"adaptation",
    r"curiosity",
    r"curious",
    r"problem[- ]solv\w*",  # "problem solving", "ability to problem solve"
    # how the person meets problems, not which: "dive into complex problems", "solving real-world user problems"
    # (not when the technology follows: "Dive into complex problems in Kubernetes networking" is hard)
    r"(?:dive|dig|digging|diving) (?:deep )?into (?:complex|hard|difficult|ambiguous) problems"
    r"(?!\s+(?:in|with|of|using|on|around)\b)",
    r"solving (?:real[- ]world |user |customer )+problems(?!\s+(?:in|with|of|using|on|around)\b)",
    r"details? matters?",
    r"an eye for (?:detail|product|quality|design)",
    r"monolithic deliverables|well-defined milestones",
    r"critical thinking",
    r"strategic thinking",
    # how a manager works, in a competency framework's words (round 16): "thinks strategically", "makes sound,
    # evidence-based decisions", "promotes effective information sharing", "plans ... budgets and resources"
    r"strategically",
    # (not "making architecture decisions for Kubernetes clusters": a technical decision)
    r"(?:makes?|making|take|takes|taking) (?![\w,-]* ?(?:architecture|architectural|technical|design|technology"
    r"|engineering|data|infrastructure)\b)(?:[\w,-]+ ){0,3}decisions",
    r"(?:knowledge|information) sharing",
    r"shar(?:e|es|ing) (?:knowledge|information|lessons learn(?:ed|t))",
    r"lessons learn(?:ed|t)",
    r"business needs",
    r"(?:within|on|to) budget",
    r"budgets and resources",
    r"capability of (?:the )?(?:teams?|people|staff|others)",
    r"time management",
    r"prioriti[sz]\w*",
    r"priority management",
    # (round 33) keeping to time: "Meeting deadlines", "delivering work in time, without fail" (not "real time",
    # "compile time": the verb of delivering leads)
    KEEPING_TO_TIME,
    r"presentation skills",
    r"public speaking",
    r"interpersonal",
    r"self[- ]?(?:starter|motivated|directed|driven)",
    r"proactiv\w*",
    r"attention to detail",
    r"detail[- ]oriented",
    r"organi[sz]ational skills",
    r"conflict resolution",
    r"emotional intelligence",
    r"customer[- ]focus\w*",
    r"growth mindset",
    r"continuous learning",
    r"willingness to learn",
    r"eager\w* to learn",
    r"accountab\w*",
    r"integrity",
    r"inclusiv\w*",
    r"storytelling",
    r"co-?operation|co-ordination",
    r"touch(?:ing)? base",
    r"facilitat\w*",
    r"persua\w*",
    r"verbal",
    r"listening",
    r"(?:good|keen|active|attentive|patient|careful|great) listeners?",  # (round 26; not "Kafka listeners")
    GOALS_INTO_PLANS,
    r"humility",
    r"relationship[- ]building",
    r"decision[- ]making",
    r"judge?ment",
    r"ambiguity",
    r"feedback",
    r"teaching",
    # (round 32) teaching a room: "Running workshops for new users", "delivering training sessions"
    r"(?:running|leading|delivering|giving|hosting|facilitating) (?:\w+ )?(?:workshops|trainings|training sessions)",
    r"explain(?:ing)?",
    r"articulat\w*",
    r"convey\w*",
    r"people management",
    r"managing (?:\w+ )?(?:engineers|people|teams?)",
    r"autonomy",
    r"autonomie",
    r"autonome|autónom[oa]|autonom(?=\W*$)|selbstständig arbeitest",  # (round 24) "que vous soyez autonome"
    r"rigueur",
    r"curiosité",
    # (round 24) "vous êtes curieux·se", "du bist neugierig", "eres curioso", "vous aimez partager vos connaissances"
    r"curieu(?:x|se)\w*|neugierig\w*|curios[oa]s?",
    SHARING_KNOWLEDGE,
    r"esprit d'équipe",
    TEAM_WORK_FR,  # (round 30) "à l'aise pour travailler en équipe"
    # (round 30) bringing people together: "coordonner et mobiliser un certain nombre d'acteurs"
    r"(?:coordonner|mobiliser|fédérer)(?: et (?:coordonner|mobiliser|fédérer))? (?:des |les |ses |plusieurs "
    r"|un certain nombre d'|de nombreux )?(?:acteurs|équipes|parties prenantes|partenaires)",
    MENTORING_FR,  # (round 30) helping peers grow
    r"pédagog\w*",
    r"teamfähig\w*",
    r"teamgeist",
    r"kommunikat\w*",
    COMMUNICATING_DE_NL_SV,  # (round 24) "kommunizierst offen", "Je communiceert helder"
    TEAM_WORK_NORDIC_DUTCH,
    r"verantwoordelijkheid",
    r"übernimmst verantwortung|verantwortung übernehmen",
    r"eigeninitiative",
    r"selbstständig\w*",
    r"empathie",
    # attitudes and mindset
    r"passion\w*",
    r"motivat\w*",
    r"mindset",
    r"attitude",
    r"conscientious\w*",
    r"helpful",
    r"positive",
    r"(?:high )?agency",
    r"initiative",
    r"independen\w*",
    r"resilien\w*",
    r"transparen\w*",
    r"open to",
    r"open[- ]minded\w*",
    r"enjoy\w*",
    r"care(?:s)? (?:about|for|deeply)",
    r"thrive\w*",
    r"humble",
    r"patien\w*",
    r"reliab(?:le|ility) (?:and|team|colleague)",
    r"solution[- ]oriented",
    r"analytical (?:skills|thinking|mind\w*)",
    r"pragmati\w*",
    r"creativ\w*",
    r"values",
    INTERESTED_IN,
    # ways of working and work context
    r"(?:startup|start-up|fast[- ]paced|fast[- ]moving|agile|remote|distributed|multicultural|global|peak performance)"
    r" "
    r"(?:\w+ )?(?:environments?|teams?|organi[sz]ations?|companies|company|culture)",
    r"(?:small|remote|global|distributed|multicultural|diverse|cross[- ]functional|high[- ]performing"
    r"|multi[- ]?disciplinary|inter[- ]?disciplinary|cross[- ]disciplinary)"  # (round 27)
    r"(?:,? \w+)? teams?",
    r"work(?:ing)? (?:closely|together|directly|in the open|independently|autonomously|asynchronously)",
    r"cultures?",
    r"backgrounds",
    r"organi[sz]ation(?:al)? (?:skills|long[- ]term)",
    r"human",
    # people to work with, not the people a posting looks for ("We are looking for people who have ...")
    r"(?<!looking for )(?<!searching for )(?<!seeking )(?<!hiring )(?<!hire )people(?! (?:who|with|that)\b)",
    r"relationships?",
    r"(?:client|customer|stakeholder|partner|vendor|community|public) relations",  # (round 38) "client relations"
    # (round 38) a challenge taken on: "up for a challenge and a steep learning curve"
    r"(?:up for|enjoys?|relish(?:es)?|thrives? on|love) (?:a |the )?(?:challenges?|steep learning curve)",
    r"audiences?",
    r"advis\w*",
    # (not the users of what was built: "APIs used by thousands of customers", "firmware shipped to real customers")
    r"(?<!used by )(?<!thousands of )(?<!millions of )(?<!hundreds of )(?<!real )(?<!paying )customers?",
    r"faculty",
    r"partners",
    # leading and growing people
    r"lead(?:ing)? (?:\w+ )?(?:teams?|people|engineers|developers)",
    r"led (?:a |an )?(?:\w+ )?teams?",
    r"hiring",
    r"recruit\w*",
    r"growing (?:people|engineers|teams?)",
    r"one[- ]on[- ]ones?|1:1s",  # a lead's meetings with each report
    r"career development",
    # candidates, not a research method ("cognitive interviewing", "interviewing research participants"); no "^",
    # which would leave the word list no first character to look for
    r"(?<!cognitive )interviewing(?= candidates| applicants|\W*$)",
    r"strategy and vision",
    r"vision",
    # writing, speaking, languages, learning
    # ("writing, maintaining, and integrating REST APIs": the verbs of a series stand between)
    # (round 29: documents about them stay writing: "writing documentation for user interfaces")
    r"writing(?!(?! (?:" + WRITTEN_DOCUMENTS + r")\b),?"
    # (round 32: "/" too: "Writing automated feature/functional tests")
    r" (?:(?:[a-z-]+ing,?|and|or) )*(?:[\w+#,/-]+ ){0,3}(?:code|tests?|software|sql|queries|scripts|programs"
    r"|services|apis|modules|functions|libraries|plugins|drivers|kernels|shaders|smart contracts|migrations|pipelines"
    r"|(?<=helm )charts"
    r"|(?<=ansible )playbooks|manifests|dockerfiles|terraform|ansible|bash|automation|(?<=user )interfaces|uis"
    # (round 30) "Writing jobs in Flink", "writing Spark jobs" (not "cover letters for jobs")
    r"|firmware|compilers|parsers|algorithms|dags|(?:(?<=spark )|(?<=flink )|(?<=batch )|(?<=beam ))jobs"
    r"|jobs(?= (?:in|with|on|using) ))\b)",
    # not "written in C"; not the verb of what the reader has built: "have written Playwright suites" (round 25)
    # (round 37) nor code written: "written motor-control code"
    r"(?<!have )(?<!has )(?<!you've )(?<!i've )written(?! in\b)(?!(?: [\w-]+)? (?:code|drivers|programs)\b)",
    r"spoken",
    r"english",
    # the languages a team works in, asked for as languages: "Fluent in French", "Welsh language skills", "German
    # C1" (a bare "French", one part of "Fluent in French and proficient in English", is LANGUAGE_ALONE); not
    # "Arabic NLP models", "Swedish payroll systems" or "polish"
    r"(?:fluent|fluency|proficien\w*|native|speak\w*|spoken|written|business[- ]level|good|excellent) (?:in )?"
    r"(?:\w+ )?" + _LANGUAGES,
    _LANGUAGES + r" (?:language|speaker|fluency|skills|level|\(?[abc][12]\)?)",
    # (round 37) a language and its level as a label and its value: "Italian: Fluent", "German - C1"
    _LANGUAGES + r"\s*[:–-]\s*(?:fluent|native|proficient|business|conversational|good|excellent|\(?[abc][12]\)?)\b",
    r"blog posts?",
    r"(?:tech )?talks",
    r"presentations?",
    r"forums?",
    r"documentation skills",
    r"(?:quick |fast |lifelong )?learner",
    r"learn(?:ing)? (?:new|quickly|fast|from|both|and grow)",
    r"to learn",
    r"self[- ]learning",
    # French, German, Spanish
    r"capacité d'encadr\w*",
    r"encadr\w*",
    r"esprit d'\w+",
    r"sens de l'\w+",
    r"savoir[- ]être",
    r"travail d'équipe",
    r"relationnel\w*",
    r"eigenständig\w*",
    r"zeitmanagement",
    r"bereitschaft",
    r"\w*bewusstsein",
    r"analytische\w*",
    r"neugier\w*",
    r"zusammenarbeit",
    r"eigenverantwort\w*|kundenorient\w*|wissensvermittlung",  # owning the work, the customer, teaching (round 20)
    r"im team\b",  # "gerne im Team arbeitest"
    r"einzulesen|einles\w*|einzuarbeiten|einarbeit\w*",  # reading up, settling in: learning
    r"trabajo en equipo",
    # Dutch
    r"communicatie\w*|probleemoplossend\w*|creatie[fv]\w*|ondernemend\w*|zelfstandig\w*|teamspeler|samenwerk\w*"
    r"|leergierig\w*|nieuwe dingen|passie|nieuwsgierig\w*|klantgericht\w*|proactief|flexibel\w*"
    r"|oog voor (?:detail|innovatie|kwaliteit)|betrouwbaarheid|leiding (?:te )?(?:geven|nemen)|(?:het )?leiden van"
    r"|vloeiend|woord en geschrift"
    r"|ambitie\w*|ambitieu\w*|teamspirit|teamgeest|(?:werken|werkt|samenwerken)(?: graag)? in een team"
    r"|in een team (?:te )?werken"
    r"|met (?:de )?klant(?:en)?\b|klantcontact|groeien in (?:je|jouw) vak"
    # (round 25) taking the initiative, solution-minded, analytical, results-minded, calm under pressure, many
    # projects at once
    r"|initiatiefrijk\w*|oplossingsgericht\w*|analytisch\w*|resultaatgericht\w*|stressbestendig\w*"
    r"|(?:veel|meerdere|verschillende) projecten tegelijk\w*"
    r"|beheersing (?:van )?(?:de )?(?:nederlandse|engelse|duitse|franse) (?:taal|en )|in woord (?:en|als) geschrift"
    # (round 25) working with people, being trusted, a cause, helping users; French learning and motivation
    r"|work(?:ing|s)? (?:closely |directly )?with (?:\w+ ){0,2}(?:volunteers|users|customers|clients|stakeholders"
    r"|communities|researchers|scientists|partners|colleagues|sysadmins|administrators|designers)\b|trusted by"
    r"|dedication to"
    r"|help(?:ing|s)? (?:\w+ )?(?:users|customers|people|colleagues|others) (?:think|understand|figure|learn)"
    r"|(?:en )?apprendre (?:de )?(?:des )?(?:nouveaux|nouvelles)|motivée? par"
    # (round 25) ideas presented to clients, thinking outside the box, improvements one came up with
    r"|present\w* (?:your |our |their )?ideas|in front of (?:the |a |our )?(?:clients?|customers?|audiences?"
    r"|stakeholders)|outside (?:of )?the box|came up with (?:\w+ ){0,3}(?:improvements|innovations|ideas)"
    r"|(?:fachlich\w* )?weiterentwicklung (?:eines|des|der|von|unseres|ihres) (?:\w+ )?(?:entwickler\w*|team\w*"
    r"|mitarbeit\w*)",
    # Swedish, Norwegian, Danish
    r"samarbete|samarbets(?:förmåga|vilja|inriktad)|samarbeid|samarbeids(?:evner?|vilje|orientert)|samarbejde"
    r"|samarbejds(?:evner?|vilje)|samarbeta|samarbeide|samarbejder|kommunikasjon|kommunikasjonsevner?|kommunikativ\w*"
    r"|kommunikerer|kommunicerar|kommuniserer|analytisk|nyfiken\w*|nysgjerrig\w*"
    r"|nysgerrig\w*|självständig\w*|selvstendig\w*|selvstændig\w*|lagspel\w*|lagspiller\w*|holdspiller\w*"
    r"|ansvarstagande|ansvarsfull\w*|tar ansvar|ta ansvar|løsningsorienter\w*|lösningsorienter\w*"
    r"|strukturerad|strukturert|struktureret|engagerad\w*|engasjert\w*|engageret\w*|pedagogisk\w*"
    r"|pædagogisk\w*|ödmjuk\w*|ydmyk\w*|lyhörd\w*|lydhør\w*|serviceinriktad\w*|serviceinnstilt\w*"
    r"|lærevillig\w*|lärovillig\w*|nysgjerrighet|initiativrik\w*|drivkraft|flytande|flytende|flydende"
    # (round 25) empathy, generosity, working across disciplines, keeping oneself up to date
    r"|empati\w*|generös\w*|generøs\w*|tvärfunktionell\w*|tverrfaglig\w*|tværfaglig\w*|tværfunktionel\w*"
    r"|(?:håller|holder) (?:dig|deg) (?:uppdaterad|oppdatert|opdateret)"
    r"|(?:vill|vil) (?:utvecklas|utvikle deg|udvikle dig)|(?:nära|nær|tæt på) (?:kunden|kunderna|kundene|kunderne)"
    # the business side, spoken and written language, working together (any form: "samarbejdet", "samarbetet")
    r"|affärsnytt\w*|affärsmässig\w*|affärsförståelse|forretningsforståelse|forretningsmessig\w*"
    r"|i tal och skrift|i tale og skrift|i skrift og tale|muntlig\w* (?:och|og) skriftlig\w*"
    r"|mundtlig\w* og skriftlig\w*|samarbe(?:tet|idet|jdet)\b|disciplin(?:eret|erad|ert)?\b"
    r"|kundesupport|kundservice|kundeservice"
    # talking with people: "Du gillar att prata med likasinnade", "Du liker å snakke med kunder" (round 21)
    r"|(?:prata|pratar|snakke|snakker|tale|taler|samtala\w*) med"
    r"|dele (?:kunnskap|viden)|dela (?:med sig av )?kunskap|lære bort|lära ut|tar ansvar|tager ansvar"
    # a language spoken: "Tala eller åtminstone förstå svenska bra", "Du snakker norsk"
    r"|(?:tala|talar|prata|pratar|snakke|snakker|tale|taler|behärska\w*|behersk\w*|(?<=eller )förstå) (?:\w+ ){0,3}"
    r"(?:svenska|norska|danska|engelska|finska|tyska|svensk|norsk|dansk|engelsk|tysk|finsk)\b",
    r"trabaj\w* en equipo|(?:sus |tus )?(?:propias )?prioridades|(?<!buscamos )personas(?! que| con)|capacitaci\w*",
    r"comunicación",
    r"comunicar\w*",
    # Portuguese
    r"proativ\w*|comprometid\w*|trabalho em equipe|vontade de aprender|(?:se )?atualizando|raciocínio lógico"
    r"|visão analítica|comunicação|inglês",
    r"trabalho em equipa|autonomia|resolução de problemas|pensamento crítico|colaboração|liderança|curiosidade"
    r"|empatia|organização|boa comunicação",
    # Italian (round 18)
    r"capacità (?:comunicative|relazionali|organizzative|di (?:comunicazione|comunicare|lavorare in (?:team|gruppo)"
    r"|analisi|sintesi|ascolto|gestire|organizzare))|lavor\w* in (?:team|gruppo|squadra)|spirito di (?:squadra|gruppo"
    r"|iniziativa)|propensione|proattiv\w*|predisposizione|curiosità|voglia di (?:imparare|crescere|mettersi)"
    r"|doti (?:comunicative|relazionali|organizzative)|orientamento (?:al|agli) (?:risultat\w*|client\w*|obiettiv\w*)"
    r"|(?:lingua )?inglese|flessibilità|comunicazione|collaborazione|leadership|mentalità",
    # Polish (round 18)
    r"(?:umiejętnoś\w* )?pracy w zespole|praca zespołowa|komunikatywn\w*|samodzieln\w*|zaangażowani\w*"
    r"|odpowiedzialnoś\w*|chęć (?:nauki|rozwoju|uczenia\w*|dzielenia)|umiejętności (?:komunikacyjne|interpersonalne"
    r"|analityczne|miękkie)|analityczne\w* myśleni\w*|proaktywn\w*|kreatywn\w*|(?:języka )?angielski\w*"
    r"|dociekliw\w*|otwartoś\w*|komunikac\w*",
    # (round 28) "Bardzo dobre zdolności organizacyjne", "umiejętność nauki różnorodnych narzędzi"
    r"zdolnoś\w* (?:organizacyjn|komunikacyjn|analityczn|interpersonaln)\w*|umiejętnoś\w* (?:nauki|uczenia)\w*",
    # Finnish (round 18)
    r"vuorovaikutustaid\w*|yhteistyötaid\w*|yhteistyö\w*|oma-aloittei\w*|tiimityö\w*|tiimipelaaj\w*"
    r"|ongelmanratkaisu\w*|viestintätaid\w*|kommunikointitaid\w*|englannin kiel\w*|itsenäi\w*|kehityshaluin\w*"
    r"|uteliai\w*|oppimishalu\w*|asiakaslähtöi\w*",
    # Turkish (round 18)
    r"tak\wm çal\wşmas\w\w*|tak\wm oyuncusu|ekip çal\wşmas\w\w*|iletişim\w*|analitik düşün\w*|problem çözme\w*"
    r"|sorumluluk (?:sahibi|bilinci)\w*|öğrenme (?:iste\w*|arzusu|merak\w*)|sürekli öğrenme\w*|öğrenmeye aç\wk"
    r"|çözüm odakl\w|proaktif|disiplinli|yatk\wn\w*"
    r"|ingilizce\w*|liderlik\w*",
    # Korean (round 18)
    r"커뮤니케이션|소통\w*|협업\w*|문제 ?해결\w*|책임감\w*|주도적\w*|적극적\w*|학습\w*|성장\w*",
    # Czech (round 18)
    r"komunikativn\w*|komunikační\w*|týmov\w*|v týmu|samostatn\w*|zodpovědn\w*|proaktivn\w*"
    r"|angličtin\w*|chuť (?:se )?(?:učit|učení|rozvíjet)\w*|analytické\w* myšlení|flexibilit\w*|pečlivost\w*"
    r"|spoluprác\w*",
    r"proactiv\w*",
    r"liderazgo",
    r"ganas de aprender",
    # people management (any language): managing people is a soft skill, whatever they build
    r"direct reports",
    r"line management",
    # (round 30: "managed" too, "You've managed or supported a diverse, distributed engineers"; not "the platform
    # team's clusters", "the on-call rotation for engineers", "infrastructure for engineering teams")
    r"manag(?:e|ed|ing)(?: or (?:supported|mentored|led|grown))? (?:a |an |the )?(?:(?!for\b|of\b|to\b)[\w,-]+ ){0,3}?"
    r"(?:team|teams|engineers|developers|people|managers|reports)\b(?!['’]s\b)",
    r"performance reviews",
    r"one-on-ones|1:1s",
    r"career (?:growth|development|paths?) of",
    r"management d'équipes?|gestion d'équipes?|manag\w* (?:une|des|d'une) équipes?",
    r"personalverantwortung|führungserfahrung|mitarbeiterführung|teamleitung|führungskompetenz\w*",
    r"(?:erfahrung|experience) (?:als|as an?) team ?lead(?:er)?\b|teamleiter\w*",  # (round 25) "Erfahrung als Teamlead"
    r"gestión de (?:equipos|personas)|liderar equipos|dirigir equipos",
    r"as an? (?:engineering |people |team |line )?manager",  # "2+ years as an engineering manager"
    # growing a team and setting its direction, whatever technology it works in
    r"(?:grow\w*|growth of|scal\w*) (?:a |an |the |your |our )?(?:(?!for |with |to |of |in |on )[\w-]+ ){0,3}teams?",
    r"(?:product|technology|technical|engineering|business|team) strateg\w*",
    r"(?:technology|product|technical|engineering) roadmaps?",
    r"buy-in",
    r"balanc\w* (?:[\w-]+ ){1,3}against",
    r"lead(?:ing)? (?:[\w-]+ ){0,2}communit(?:y|ies)",  # "leading open-source communities"
    # attitudes and abilities
    r"bias (?:for|to) action",
    r"work ethic",
    r"professionalism",
    r"(?:calm|composed|cool) under pressure|under pressure",
    # composure, care and manner said with no "skill" word: "Calm during on-call incidents", "Organised and able
    # to manage your own workload", "Friendly with clinic managers" (not "user-friendly"), "Discreet with
    # confidential information", "Explains build breaks clearly", "Presenting to clients"
    r"calm\w*|cool head\w*|at ease",
    r"(?:well[- ])?organi[sz]ed",
    r"(?<!-)friendly",
    r"trustworth\w*|punctual\w*|tactful|discreet|discretion|approachable",
    r"explains",
    r"present(?:ing|s)? to",
    r"works? well (?:in|with|under)",
    # working across the organisation, and the trust it takes: "Work well cross-functionally and earn trust"
    r"cross[- ]functionally|(?:earn|build|gain)\w* (?:the )?trust(?! (?:and|&) safety)",
    r"sense of (?:humou?r|urgency|responsibility)",
    r"kindness",
    r"diploma(?:cy|tic)",
    r"team[- ]oriented",
    r"get(?:s|ting)? things done",
    r"force de proposition",
    r"goût (?:pour|du)",
    r"envie d'apprendre",
    r"capacité d'adaptation",
    r"esprit (?:critique|d'analyse|de synthèse)",
    r"lernbereitschaft|lernwill\w*",
    r"belastbar\w*",
    r"zuverlässig\w*",
    r"verantwortungsbewusst\w*",
    r"lösungsorientiert\w*",
    r"offenheit",
    r"begeisterung|freude an|spaß an",
    r"strukturierte arbeitsweise",
    r"actitud",
    r"responsabilidad",
    r"autonomía",
    r"empatía",
    r"resolución de problemas",
    r"aprendizaje continuo",
    r"habilidades (?:de comunicación|sociales|interpersonales)",
    # said outright, or as a language, an ethic, a team to build, a liking
    r"soft[- ]skills?",
    r"inglés|anglais|englisch\w*|(?:deutsch|englisch|französisch|spanisch|italienisch|niederländisch|sprach"
    r"|fremdsprachen)\w*kenntnisse",
    r"verbally fluent|fluen(?:t|cy) in (?:english|french|german|spanish)",
    r"ethic(?:s|al)|éthique|intégrité|integrität|confidentialité|discretion|discrétion",
    r"(?:en|du|de) management",
    r"(?:monter|construire|faire grandir) une équipe|build(?:ing)? (?:a|the|your) team|team aufbauen",
    r"envie de (?:monter|apprendre|transmettre|partager)",
    r"take[s]? pride|thoughtful|dabble\w*|wissensdurst|freude daran",
    r"(?:you|tu|vous) (?:like|love|prefer|aimes?|aimez) (?:to|de|à)?",
    # learning and keeping up, in any language ("aprendizaje" alone is learning; "automático" makes it ML)
    r"capacidad de aprendizaje|aprendizaje(?! automático| profundo| autom)",
    r"(?:neues )?dazu ?(?:zu ?)?lernen|neues (?:zu )?lernen|über den tellerrand",
    r"(?:new|nouveaux|nouvelles|neue[nr]?|nuevas?|nuevos) (?:tools|outils|technologies|technologien|tecnologías"
    r"|herramientas)",
    r"cutting[- ]edge",
    r"open to learning",
    r"keep(?:s|ing)? up (?:to date )?with|state of the art|stay\w* (?:current|up[- ]to[- ]date)",
    r"hilf(?:st|t) gerne|hilfsbereit\w*",
    r"trade[- ]?offs?",
    r"(?:an )?eye for detail|sens du détail|auge für (?:das )?detail|tenaci\w*|tenacious|persever\w*|grit",
    r"big(?:ger)? picture|ambigu\w*|(?:loosely|ill|poorly|not well)[- ]defined|unclear (?:requirements|goals|problems)",
    r"(?:growing|grow|expanding|expand|broaden\w*) (?:your|their|one's) (?:knowledge|skills|skill set)",
    # attitudes said in French, Spanish and German
    r"atención (?:al|por el|a los) detalles?|attention (?:aux|au) détails?|liebe zum detail|sinn für details?",
    r"prendre des initiatives|take (?:the )?initiative|iniciativa propia",
    r"ne se repose pas|remett\w* en (?:question|cause)",
    r"comfortable (?:working )?(?:remotely|independently|asynchronously)|comfort(?:able)? with remote work",
    # a liking, a drive or a cause: "passionate about ...", "want to work for the public good", "du ... gerne"
    r"(?:passionate|excited|enthusiastic|motivated) (?:about|by|for|to)|committed to",
    r"(?:want|wish)(?:s)? to (?:work|help)|public good|(?:our|the) mission",
    r"gerne|(?:du bist|sind sie) (?:\w+ )?bereit|(?:fällt|macht) dir (?:leicht|spaß|freude|nichts aus)",
    r"interesse (?:an|für|daran)|texte (?:zu )?schreiben|öffentlichkeit",
    r"selbsts?tändig\w*|prioritäten|einarbeit\w*",
    # working with people of other disciplines is collaboration
    r"work(?:ing)? (?:closely )?with (?:\w+ ){0,2}(?:researchers|academics|scientists|analysts|designers|customers"
    r"|clients|users|people|product managers|product owners|stakeholders)\b",
    # qualities of character and mind, named as nouns: "Courage and daring", "Resourcefulness", "common sense"
    r"character(?! (?:encod\w*|sets?|strings?|limits?|class\w*|escap\w*|data|recognition))"
    r"|courage\w*|daring|resourceful\w*|common sense|intellect\w*|good taste|wisdom"
    r"|entrepreneurial (?:\w+ )?(?:spirit|mindset|character|drive|attitude|environments?)"
    r"|detail[- ]orient\w*|business[- ](?:centric|minded|oriented|acumen)|commercial (?:orientation|awareness|sense)",
    # guiding colleagues, working in a group, working remotely
    r"guidance to|(?:less|lesser|more) experienced|team members|en groupe|en grupo|remote work(?:ing)?(?! ?flows?)",
    # (round 34) working apart and together: "Experience working remotely", "… across time zones", "Ability to
    # build consensus", "Leading without authority", "Comfortable with others reviewing your code"
    r"work(?:s|ed|ing)? remotely(?= *$|[^\w ]| (?:with|across|in (?:a|an|the)|as|from|and|for|before)\b)",
    r"(?:work\w*|collaborat\w*|teams?|colleagues|people)\b[^.;]{0,40}\b(?:across|different|other|multiple|many)"
    r" time ?zones?",
    PARTNERING_WITH,
    OWNING_OUTCOMES,
    # (round 34) in other languages: "capacités rédactionnelles", "Betreuung von Junior-Entwicklern", "liderando
    # equipos"
    r"(?:capacités?|qualités?|aisance|compétences?) rédactionnel\w*",
    r"(?:betreuung|förderung|anleitung|begleitung) (?:von )?junior\w*|lider(?:ar|ando)\b|líder\b",
    r"build(?:s|ing)? consensus|consensus[- ]build\w*|(?:lead|leading|influenc(?:e|ing)) without (?:formal )?authority",
    r"(?:others|peers|colleagues|teammates) review(?:ing)? (?:your|their|one's) (?:work|code)",
    # one's own work: priorities, standards, working unsupervised, getting up to speed
    r"priorities|(?:high|the) bar|high standards|(?:without|little|minimal|no) (?:\w+ )?supervision",
    r"junior (?:and [\w-]+ )?(?:engineers|developers|colleagues|staff|team)",
    r"(?:become|get|getting|becoming) (?:comfortable|familiar|up to speed) with (?:[\w-]+ ){0,3}quickly"
    r"|ramp(?:ing)? up (?:quickly|fast)",
)

# What comes after these is said in passing, not the requirement's head ("In addition to communication skills, ...").
ASIDE_LEAD_INS: Final = (r"in addition to", r"besides", r"apart from", r"aside from", r"en plus d[eu']", r"además de")


# A requirement that *opens* with one of these is about that ability, whatever technical words follow as its
# domain ("Leading teams to develop ML prototypes", "Interested in growing your knowledge of Terraform",
# "3+ years of project/team management in a software organisation"): soft, when no technical word comes first.
# Only abilities that are never themselves technical: "writing" is not here ("writing Go code").
SOFT_HEADS: Final = (
    r"leadership",
    r"lead(?:ing)? (?:a |the |our )?(?:[\w/-]+ ){0,2}teams?",
    r"led (?:a |an |the )?(?:[\w/-]+ ){0,2}teams?",
    LEADING_WORK,
    r"(?:team|tech|technical|engineering) lead(?:er|ership)?s?",
    r"(?:project|team|people|engineering|development|line)(?:/(?:project|team|people))? manage(?:ment|rs?)"
    r"(?! (?:systems?|tools?|software|platforms?|applications?|suites?))",
    r"mentor\w*",
    r"coach\w*",
    # (round 33) "Teach others about research computing / software development best practices"
    r"teach(?:es|ing)? (?:others|colleagues|people|students|researchers|users|(?:the |our |your )?teams?)\b",
    r"communicat\w*",
    r"collaborat\w*",
    INTERESTED_IN,
    r"(?:highly |very |genuinely |deeply )?(?:passionate|excited|enthusiastic) (?:about|by|for)",
    r"committed to",
    r"curio\w*",
    r"(?:\w+ )?interesse\b|neugier\w*|offenheit|(?:du bist|sind sie) (?:\w+ )?bereit",
    r"du (?:\w+ )(?:und \w+ )?gerne|(?:es )?(?:fällt|macht) dir",
    r"(?:growing|grow|expanding|expand) (?:your|their|one's) (?:knowledge|skills|skill set)",
    r"(?:willing|eager|keen|open) to learn\w*",
    # (round 30) "interest in and eagerness to develop high-load projects", "Willingness to learn how to apply …"
    r"(?:willingness|eagerness|readiness) to (?:learn|develop|grow|take on)\b",
    # (round 31) "Interest in learning about the Cosmos ecosystem and blockchain technologies": the learning asked
    r"(?:interest|interested) in learning\b",
    r"comfort(?:able)? (?:working|with others)",
    r"innovat\w*",
    r"served in a leadership",
    # (round 32) documents written about technical things: "Writing developer-friendly documentation (e.g., API
    # documentation, deployment operations)"
    # (not "Write code and documentation": what else is written, named first, is the skill)
    r"writ(?:e|es|ing) (?:(?!(?:and|or|code|tests?|software|programs|scripts)\b)[\w-]+ ){0,2}(?:"
    + WRITTEN_DOCUMENTS
    + r")\b",
    r"(?:new|nouveaux|nouvelles|neue[nr]?|nuevas?|nuevos) (?:tools|outils|technologies|technologien|tecnologías"
    r"|herramientas)",
    r"(?:capacité|capacidad|fähigkeit) (?:d'|de |zu |zum )?(?:apprendre|aprendizaje|aprender|lernen|communiquer"
    r"|comunicar|kommunizieren|diriger|dirigir|führen)",
)

# Technical words: a requirement naming more of these than soft words is hard.
HARD_TERMS: Final = (
    r"software",
    r"firmware",  # (round 39: "shipping firmware to real customers" named no technical word)
    r"oscilloscopes?|logic analy[sz]ers?",
    r"code",
    r"coding",
    r"coders?",
    r"programming",
    r"program",
    r"develop(?:ment|ing|er)?",
    r"engineering",
    r"(?<!non-)(?<!non )technical",  # "non-technical users" are people, not a technical skill
    r"technolog\w*",
    r"systems?",
    r"data(?:bases?)?",
    r"sql",
    r"nosql",
    r"apis?",
    r"backend",
    r"back-end",
    r"frontend",
    r"front-end",
    r"full[- ]stack",
    r"web",
    r"mobile",
    r"ios",
    r"android",
    r"cloud",
    r"infrastructure",
    r"linux",
    r"unix",
    r"networking",
    r"containers?",
    r"kubernetes",
    r"docker",
    r"terraform",
    r"aws",
    r"gcp",
    r"azure",
    r"security",
    r"vulnerabilit\w*",
    r"testing",
    r"tests?",
    r"automat\w*",
    r"ci/cd",
    r"pipelines?",
    r"git",
    r"github",
    r"open[- ]source",
    r"algorithms?",
    r"machine learning",
    r"deep learning",
    r"natural language processing",
    r"ml",
    r"ai",
    r"nlp",
    r"statistic\w*",
    r"python",
    r"java",
    r"javascript",
    r"typescript",
    r"go",
    r"golang",
    r"rust",
    r"ruby",
    r"rails",
    r"php",
    r"c\+\+",
    r"c#",
    r"scala",
    r"kotlin",
    r"swift",
    r"react",
    r"vue",
    r"angular",
    r"django",
    r"node(?:\.js)?",
    r"html",
    r"css",
    r"graphql",
    r"rest",
    r"kafka",
    r"spark",
    r"postgres\w*",
    r"mysql",
    r"redis",
    r"monitoring",
    r"observability",
    r"performance",
    r"debug(?:ging|s|ged)?",  # (round 27: the verb too) "be able to debug", "debug production issues"
    r"architecture",
    r"distributed",
    r"scalab\w*",
    r"framework\w*",
    r"librar(?:y|ies)",
    r"tools?",
    r"tooling",
    r"devops",
    r"sre",
    r"site reliability|reliability (?:practices|engineering|principles|patterns)",
    r"deploy\w*",
    r"frameworks?",
    r"informatique",
    r"logiciel\w*",
    r"données",
    r"entwicklung",
    r"programmier\w*",
    r"datenbank\w*",
    r"desarrollo",
)

# --- short names ----------------------------------------------------------------
_ADJECTIVES: Final = (
    r"strong",
    r"proven",
    r"excellent",
    r"advanced",
    r"deep(?! learning| neural| reinforcement| tech)",
    r"solid",
    r"sound",  # (round 33) "a sound understanding of MPI", "a firm grasp of"
    r"firm",
    r"hands[- ]on",
    r"good",
    r"great",
    r"exceptional",
    r"outstanding",
    r"demonstrated",
    r"demonstrable",
    r"extensive",
    r"significant",
    r"substantial",
    r"broad",
    r"thorough",
    r"in[- ]depth",
    r"sound",
    r"practical",
    r"professional",
    r"relevant",
    r"(?:formal (?:or|and|and/or) )?informal(?! (?:methods|verification|languages|logic)\b)",  # (round 30) "… teaching"
    r"directly related",  # (round 27) "5+ years of progressively responsible and directly related work experience"
    r"(?:progressively|increasingly) (?:responsible|senior)(?: and)?",
    r"prior",
    r"previous",
    # (round 28) where the experience was had, before what it was with: "production experience with Kafka", "some
    # usage experience with Tarantool" (alone, "Production experience" keeps its word)
    # (a technology or a practice follows: not "Commercial experience in a similar role", "... of at least 3 years",
    # "Production experience on call", "Usage experience with our product")
    r"(?:production|usage|real[- ]world|commercial|industry|industrial)(?= experience (?:with|in|using) (?!(?:an?|the"
    r"|our|your|their|this|that|similar|at least)\b))",
    r"basic",
    r"some",
    r"very good",
    r"superb",
    r"expert(?:-level)?",
    # "Proficient knowledge of PostgreSQL" (not "Proficient in Go", which opens with "proficient in")
    r"proficient(?= (?:knowledge|experience|understanding|skills?|command|use)\b)",
    r"effective",
    r"clear",
    r"natural(?! language)",
    r"uitstekende",
    r"goede",
    r"sterke?",
    r"bonnes?",
    r"solides?",
    r"excellentes?",
    r"très bonnes?",
    r"fortes?",
    r"sehr gute",
    r"gute",
    r"fundierte",
    r"mehrjährige",
    r"erste",
    r"tiefgehende",
    r"umfassende",
    r"ausgeprägte",
)
_NOUNS: Final = (
    r"experience",
    r"expertise",
    r"knowledge",
    r"understanding",
    r"grasp",  # (round 33) "a firm grasp of the fundamentals"
    r"familiarity",
    r"proficiency",
    r"competency",
    r"competence",
    r"fluency",
    r"background",
    r"exposure",
    r"comfort",
    r"grounding",
    r"skills?",
    r"mastery",
    r"command",
    r"working knowledge",
    r"track record",
    r"record",  # "a proven record of raising funds"
    r"grasp",
)
# How requirements open ("5+ years of", "Experience with", "Strong"): a short name
# drops them, and a short plain line opening with one is an item, not a heading.
REQUIREMENT_OPENINGS: Final = (
    r"\d+\s*\+?\s*(?:(?:-|–|to)\s*\d+\s*\+?\s*)?(?:years?|yrs?)\.?(?:\s+of)?",
    # "Three years of professional Vue or React": the count spelled out
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:\w+\s+)?years?\s+(?:of|in|with|as)",
    # (round 37) the years said as time spent: "You've spent at least four years in security engineering"
    r"(?:you(?:'ve| have)\s+)?spent\s+(?:(?:at least|over|more than|the last|the past)\s+)?(?:\d+\+?|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|several|many|a few)\s+years?\s+(?:in|on|with|as|at)",
    # the count in French, German, Spanish, Dutch and the Nordic languages (round 21): "Trois ans d'expérience en
    # Python", "Mindestens drei Jahre Erfahrung mit Go", "Tres años de experiencia con", "3 jaar ervaring met",
    # "Minst tre års erfarenhet av"
    r"(?:(?:au moins|minimum|plus de)\s+)?(?:\d+(?:\s*(?:-|–|à)\s*\d+)?\s*\+?|un|deux|trois|quatre|cinq|six|sept"
    r"|huit|dix)\s+(?:ans?|années?)\s+"
    r"(?:minimum\s+)?(?:d['’]|de\s+)(?:expérience|pratique)(?:\s+(?:professionnelle|significative|confirmée))?"
    r"(?:\s+(?:en|avec|dans|de|du|des|sur|comme))?",
    r"(?:(?:mindestens|min\.|über|mehr als)\s+)?(?:\d+(?:\s*(?:-|–|bis)\s*\d+)?\s*\+?|ein|zwei|drei|vier|fünf|sechs"
    r"|mehrere)\s+jahre?n?\s+"
    r"(?:berufs)?(?:erfahrung|praxis)(?:\s+(?:in|mit|im|als|bei))?",
    r"(?:(?:al menos|mínimo|más de)\s+)?(?:\d+\s*\+?|un|dos|tres|cuatro|cinco|seis)\s+años?\s+(?:de\s+)?experiencia"
    r"(?:\s+(?:con|en|como|de))?",
    r"(?:(?:minimaal|ten minste|tenminste|minstens)\s+)?(?:\d+\s*\+?|een|twee|drie|vier|vijf)\s+jaar\s+"
    r"(?:werk)?ervaring(?:\s+(?:met|in|als))?",
    r"(?:(?:minst|minimum|mindst)\s+)?(?:\d+\s*\+?|ett|et|två|to|tre|fyra|fire|fem)\s+(?:års?|år)\s+(?:\w+\s+)?"
    r"(?:erfarenhet|erfaring)(?:\s+(?:av|med|af|inom|innen|fra|som))?",
    # (round 29: "you have used BigQuery", "you've used Airflow" -> the technology; not "worked with": "You've worked
    # with teenagers" is the work)
    r"you(?:(?: have|'ve)(?: (?:already|also|previously))? used(?= )|'re| are| have| bring| will have"
    r"| should have| possess)",
    r"(?:at[- ]least|a minimum of|minimum of)",
    r"(?:" + "|".join(_NOUNS) + r")\s+(?:of|in|with|using|on|around|across|to)",
    # (round 39) and a second thing asked of it: "Experience or a demonstrated interest in aviation"
    r"(?:experience|knowledge|familiarity) " + SECOND_ASK + r" (?:of|in|with)",
    # (after an adverb too: "Highly proficient in OO design", "Very comfortable with Linux")
    r"(?:(?:highly|very|extremely|fully|deeply|thoroughly|reasonably|sufficiently)\s+)?(?:familiar|experienced|skilled"
    r"|proficient|comfortable|fluent|versed|well[- ]versed|competent|adept|expert)\s+(?:with|in|at|using)",
    r"(?:(?:highly|very|well|fully)\s+)?(?:accustomed|used)\s+to",  # (round 27) "Very accustomed to agile processes"
    # "Comfortable and excited about working on open source": the two feelings lead in what they are about
    r"(?:comfortable|happy|excited|confident) (?:and|&) (?:excited|happy|comfortable|confident|passionate)"
    r" (?:about|with|in)",
    r"(?:ability|able|capacity|willingness|eagerness|desire)\s+to",
    r"experience(?=\s+(?:[\w-]+\s+)?\w+ing\b)",  # (round 24: "Experience load testing web services")
    # ((round 39) and what the reader has: "[avez des compétences en] Génie Logiciel")
    # (French "tu as": "as" before "des"/"de bonnes" only, never the English word)
    r"(?:(?:une?\s+)?(?:première|solide|bonne|réelle)\s+)?(?:(?:avez|possédez|as|possèdes)\s+(?:des|de\s+(?:bonnes|solides"
    r"|réelles))\s+)?"
    r"(?:maîtrise|connaissances?|expérience|pratique|compétences)\s+(?:de|des|du|en|avec|dans|d')",
    r"(?:vous )?(?:connaissez|savez)(?= )",  # (round 39) "Vous connaissez PostgreSQL" -> "PostgreSQL"
    # (round 36: and the fields named after it, "Know-How in den Bereichen API-Gestaltung, Performance, …")
    r"(?:kenntnisse|erfahrung(?:en)?|know-how)\s+(?:(?:in|aus)\s+(?:den|dem)\s+(?:bereichen|bereich|gebieten|gebiet"
    r"|themenfeldern|themen)|in|mit|von|im|bei)",
    r"(?:(?:goda?|gode|gott|godt|solida?|sterk|sterke|stark|starka|stærk|dyb|djup|dyp|bred|breda)\s+)?"
    r"(?:erfaring|erfarenhet|kunnskap|kunnskaper|kunskap(?:er)?|kendskab|kjennskap|kännedom|forståelse|förståelse)"
    r"\s+(?:med|av|om|til|i|inom|innen|af|fra)",
    # Italian, Portuguese, Polish (round 18): "Ottima conoscenza di", "Experiência com", "Dobra znajomość"
    r"(?:(?:ottima|buona|solida|comprovata|approfondita|eccellente|discreta)\s+)?(?:conoscenza|esperienza|padronanza"
    r"|familiarità|competenze?|capacità)\s+(?:di|del|della|dei|degli|delle|dello|in|con|nel|nella|nello|nei|nelle"
    r"|nell'|nell’)",
    r"(?:(?:sólidos?|sólidas?|bons?|boa|amplo|ampla|profundo)\s+)?(?:conhecimentos?|experiência|domínio|vivência"
    r"|familiaridade|proficiência)\s+(?:com|em|de|no|na|nos|nas|sobre|do|da|dos|das)",
    r"(?:(?:bardzo\s+)?(?:dobra|biegła|praktyczna|solidna|podstawowa)\s+)?(?:znajomość|doświadczenie|umiejętność"
    r"|wiedza)(?:\s+(?:w pracy z|pracy z|w|z|we|ze|z zakresu))?(?=\s)",
    # Finnish: "Kokemusta Reactista", "Vähintään 3 vuoden kokemusta Javasta", "Hyvää Spring Bootin tuntemusta"
    r"(?:vähintään\s+\d+\s+vuoden\s+)?(?:(?:hyvää|hyvä|vahvaa|vankkaa|syvällistä)\s+)?(?:kokemusta|kokemus)(?=\s)",
    # Czech: "Znalost Django", "Zkušenosti s PostgreSQL", "Dobrá znalost Linuxu"
    r"(?:(?:dobrá|výborná|pokročilá|aktivní|praktická|velmi dobrá)\s+)?(?:znalost|znalosti|zkušenost|zkušenosti"
    r"|praxe|orientace)(?:\s+(?:s|se|v|ve|na|z))?(?=\s)",
    # (not before "by": "Thorough by habit" is the quality, round 39)
    r"(?:" + "|".join(_ADJECTIVES) + r")(?=\s)(?!\s+by\b)",
)
ARTICLES: Final = (r"(?:a|an|the|le|la|les|un|une|der|die|das|ein|eine|een|het)(?=\s)", r"l'", r"l’")
# more articles ("des outils ETL", "los sistemas"), tried after every other lead-in ("Du solltest" is German) and
# only before a word in lower case ("Los Angeles", "Des Moines", "El Paso" are names)
LATER_ARTICLES: Final = ("des", "du", "den", "dem", "einen", "einem", "el", "los", "las", "una")
# Openings a short name drops (stripped repeatedly; each ends at a word boundary).
_NUMBER_WORDS: Final = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|a couple of|couple of|a few"
    r"|dos|tres|cuatro|cinco|\d+)"
)
# Sentence openings that say who or how long, not what: a short name drops them too
# ("We are looking for someone with experience in Kotlin" -> "Kotlin").
_INTEREST_OR_EXPERIENCE: Final = r"(?:interest|passion|experience|knowledge|qualifications?|training|expertise)"
# (round 29) what a federal posting's experience is said to be: "Specialized experience for this role is defined as
# [experience delivering …]" (a name's lead-in here; the parser reads such a sentence in an experience section)
EXPERIENCE_DEFINED_AS: Final = (
    r"(?:specialized|specialised|qualifying|relevant|creditable) experience(?: (?:for|in) (?:this|the) (?:role|position"
    r"|job|series))? (?:is defined as|means|is|includes|consists of)"
)
# (round 33) a question's lead-in of a wish, dropped from the name: "Would you also be keen for the opportunity to
# teach others ...?" -> "Teach others ..." (the parser's checklist reads only the keen/willing/happy ones as asked;
# "Do you want to work on a range of projects?" names "Projects" wherever it is read)
ASKED_WISH: Final = (
    r"(?:do|would) you (?:also )?(?:(?:want|like|wish) to|be (?:keen|happy|willing|eager|excited|interested)"
    r"(?: (?:for|in) the (?:opportunity|chance) to| to))(?: work on an? (?:wide |broad )?(?:range|variety|mix) of)?"
    r"(?= )"
)

NAME_SENTENCE_LEAD_INS: Final = (
    r"(?:wie auch|as well as|ainsi que|así como|nonché)(?= )",  # "Docker, Kubernetes, wie auch Terraform"
    r"(?:of course|naturally|obviously),?(?= )",  # "Of course, prior experience with Haxe would be a plus"
    # a waiver of something else before what is asked: "Don't let the lack of a degree stop you: you must know SQL"
    _LACK_OF + r" [^:;]{1,60}?(?:stop|discourage|deter) you(?: from applying)?\s*[:;]",
    # (round 35) who is not sought before who is: "We are not looking for rock stars, but patient engineers who ...",
    # "We don't need a genius; we need someone who writes clear documentation"
    r"(?:we are|we're|we) not looking for [^,;:]{1,60}?,? but(?: rather| instead)?(?: for)?(?= )",
    r"(?:take|taking|takes) (?:the )?time to(?= )",  # "[willingness to] take time to learn their needs" -> "Learn …"
    r"(?:we )?(?:do not|don't) (?:need|want|expect) [^,;:]{1,60}?[,;:](?: but)?"
    r"(?: (?:we|you) (?:need|want|expect))?(?= )",
    # a choice waived before what is asked: "Whether you use Vim or VS Code doesn't matter, but you know Git well",
    # "It doesn't matter which editor you use, as long as ...", "We don't care whether ..., but"
    r"(?:whether [^,;]{1,80}? (?:does not|doesn't) matter(?: to us)?"
    r"|it (?:does not|doesn't) matter (?:whether|which|what|if) [^,;]{1,80}?"
    r"|(?:we )?(?:do not|don't) care (?:whether|which|what|if|about) [^,;]{1,80}?),? (?:but|as long as|so long as)",
    _NUMBER_WORDS + r"\s*\+?\s+(?:or more\s+)?(?:full[- ]time\s+)?years?(?:\s+of)?",
    r"full[- ]time(?= (?:experience|work|professional|industry)\b)",  # (round 29) "[2 years of] full-time experience"
    INVITATION_LEAD_IN,  # (round 26) "We'd be glad to hear from you if you love Ruby" -> "Love Ruby"
    # (round 39) "You'll thrive here if you enjoy pairing" -> "Pairing"
    r"you(?:'ll| will) (?:thrive|fit (?:right )?in|do well|love it|succeed|feel at home)(?: here)? if you"
    r"(?: (?:enjoy|like|love))?(?= )",
    # (round 39) the person described as a condition of fitting in: "If you stay calm during outages …, you'll fit
    # right in" -> "Stay calm during outages"
    r"if you(?: (?:love|enjoy|like|are passionate about))?(?= [^,;]{1,120}?, (?:you(?:'ll| will) (?:fit|love|feel"
    r"|thrive|do well)|we(?:'d| would) love))",
    # (round 39) the team's size as the reason before who is asked: "We're a small team, so we need someone who can
    # debug anything" -> "Debug anything"
    r"(?:we're|we are) an? (?:small|tiny|young|lean|growing|distributed|remote) (?:\w+ )?(?:team|company|startup),?"
    r" so (?:we need (?:someone|people|a person) (?:who(?:'ll| will| can)?|that(?: can)?)"
    r"|you(?:'ll| will)? need to(?: be)?)(?= )",
    # (round 26) "can demonstrate the use of Test Automation and CI/CD tooling" -> "Test Automation and CI/CD tooling"
    r"(?:demonstrate|show) (?:the |your )?(?:use|usage|knowledge|understanding|application) of(?= )",
    # (round 33) the experience to show, led in by the verb: "should demonstrate hands-on experience designing ...",
    # "Must demonstrate experience with Kubernetes" -> "Designing ...", "Kubernetes" (the experience's own lead-in
    # goes next)
    r"(?:(?:must|should|can|will|to) (?:also )?)?(?:demonstrate|show)(?: (?:a|an|your))?(?: (?:proven|strong|solid"
    r"|hands-on|practical|significant|extensive|relevant|good|deep|clear|broad|substantial))?"
    r"(?= (?:experience|knowledge|understanding|proficiency|expertise)\b)",
    # (round 26) what was named before, used somewhere new: "… and exposure to using them in Python applications" ->
    # "Python applications"
    r"(?:them|these|those) (?:in|with|on|for|from|across)(?= )",
    # (round 26) a condition before what is asked: "Depending on your background, you have a broad view of ..."
    r"(?:depending on|based on|according to) (?:your|the) [^,;.]{1,40},(?= )",
    # (round 26) the share of those years that asks for something: "At least 2 of those years should be using Django",
    # "3 years of those should be with Rails" (after the years' own lead-in)
    r"(?:(?:(?:at least|minimum|min\.?|of which|including) )?(?:" + _NUMBER_WORDS + r"\s+)?(?:years?\s+)?of )?(?:those"
    r"|these|them|which)(?:\s+years)? (?:should|must|need to|needs to|have to|has to|ought to) (?:be|have been)"
    r"(?: spent)?(?: (?:with|using|in|on|working (?:with|in)))?(?= )",
    # what it takes, after the company's words: "... is part of our culture: success here means that you're ..."
    r"[^.;]{0,160}?(?:success (?:here|in this (?:role|position|job)|on (?:this|our) team) (?:means|requires|takes"
    r"|looks like)|to (?:succeed|be successful|thrive|do well) (?:here|in this (?:role|position|job)|on (?:this|our)"
    r" team),?)(?: that)?",
    # Dutch: "Heb je ervaring met React", "Minimaal 3 jaar ervaring in", "Het is belangrijk dat je beschikt over"
    r"(?:het )?is (?:\w+ )?belangrijk dat",
    # a question to the reader: "Do you know Svelte?"
    r"(?:do|can|have) you (?:also )?(?:know|have|use|speak|enjoy|like|love|worked with)(?: (?:any|some))?"
    r"(?: to (?:use|work with|build with)| to(?= [a-z]+\b))?",  # (round 33) "Do you love to automate ...?"
    r"are you (?:an?|someone)(?= )",
    ASKED_WISH,
    # (round 33) the condition of an invitation: "If you enjoy mentoring others, this job is for you" -> "Mentoring
    # others"; "If you have Rust experience, please apply" -> (what "you have" leads in)
    r"(?:so,? )?if you (?:really |also )?(?:enjoy|like|love)(?= )",
    r"(?:so,? )?if(?= you (?:have|are|know)\b| you're\b)",
    # (round 28) the person sought, pictured: "You are an ideal fit if you are a hands-on leader who ..." -> "Leader
    # who ...", "We're looking for someone who combines ..." -> "Combines ...", "We need a leader who balances ..."
    *(sought + r"(?= )" for sought in PERSON_SOUGHT),
    # (round 38) the people sought, with what they are: "We are continuously looking for strong software engineers
    # who are up for a challenge" -> "Up for a challenge", "Our ideal applicant is a python-first programmer" ->
    # "Python-first programmer" (not the terms of the job: "engineers who can start in March")
    r"(?:we(?:'re| are) (?:(?:continuously|constantly|always|currently|actively) )?(?:looking for|seeking|hiring)"
    r" (?:[\w-]+ ){0,3}(?:engineers|developers|programmers|scientists|people|folks) (?:who|that)"
    + _NOT_TERMS
    + r"(?: (?:are|have))?|(?:our|the) ideal (?:applicant|candidate|hire|person) is(?: an?)?)(?= )",
    # (round 38) a profile and the background it has: "Senior AI/ML engineer with a strong background in designing
    # models" -> "Designing models"
    r"(?:[\w/+-]+ ){0,3}(?:engineers?|developers?|scientists?|programmers?|specialists?) with (?:an? )?(?:strong"
    r"|solid|deep|proven|good|extensive) (?:background|experience|expertise|track record) in(?= )",
    # what the reader likes the thought of: "You like the idea of using Go, Python and Terraform every day"
    r"(?:you )?(?:like|love|enjoy|relish) the (?:idea|thought|prospect) of(?: using| working with| working in)?(?= )",
    # "are not afraid of Makefiles", "enjoy setting up secrets management", "You know why the Linux kernel is ..."
    r"(?:you )?(?:are )?not afraid of(?= )",
    r"(?:you )?(?:enjoy|like|love) (?:setting up|using)(?= )",  # (not "working with customers": the activity)
    r"(?:you )?know why(?: the| an?)?(?= )",
    # idioms of knowing something well: "You know your way around MySQL", "You are at home in TypeScript", "You are
    # no stranger to Terraform"
    # (not "find their way around a large organisation": the skill is finding the way)
    r"(?:you )?know (?:your|their|one's) way around(?: an?| the)?(?= )",
    r"(?:you )?(?:(?:are|feel|'re) )?(?:right |completely )?at home (?:in|with)(?: an?| the)?(?= )",
    r"(?:you )?(?:(?:are|'re) )?no stranger to(?= )",
    # who the role needs, then what: "Such a person must be able to nurture new developers", "The ideal candidate
    # here is driven to make operations automatic"
    r"(?:(?:(?:such an?|this|the|our) )?(?:ideal |right |successful )?(?:person|candidate|hire)|(?:(?:such an?|this"
    r"|the|our) |(?:ideal|right|successful) )?(?:engineer|developer))(?: here)? (?:must|should|will|would|is|has)"
    r"(?: be able to| have| be)?(?= )",
    # a federal posting's grade: "At this level, the employee can use judgment in ...", "At the GS-12 level, the
    # incumbent determines ..."
    r"at (?:this|that|each|the (?:full )?performance|the (?:gs-? ?)?\d+) (?:grade )?level,?(?: (?:the|an?)"
    r" (?:employee|incumbent|specialist|applicant|candidate|person)(?: (?:can|will|must|should|is able to))?)?(?= )",
    r"(?:experience|knowledge) (?:and|&) (?:passion|interest|enthusiasm) (?:for|in)(?= )",
    r"(?:interest|passion|curiosity) ?(?:and/or|and|or|/|&) ?(?:some |hands-on )?(?:experience|knowledge|familiarity)"
    r" (?:in|with|of)(?= )",  # "Interest and/or experience in DevOps"
    # (round 24) "Strong interest, knowledge and/or formal training in teaching ..." -> "Teaching ..."
    r"(?:(?:keen|strong|genuine|some) )?" + _INTEREST_OR_EXPERIENCE + r"(?:,? (?:and/or|and|or) |, )(?:(?:formal|some"
    r"|hands-on|practical) )?" + _INTEREST_OR_EXPERIENCE + r"(?:(?:,? (?:and/or|and|or) |, )(?:(?:formal|some|hands-on"
    r"|practical) )?" + _INTEREST_OR_EXPERIENCE + r")? (?:in|with|of)(?= )",
    # (round 28) two nouns, each with its own preposition, sharing what follows: "interest in and eagerness to develop
    # high-load projects", "passion for and experience with distributed systems", "understanding of and interest in
    # compilers"
    r"(?:interest|passion|curiosity|knowledge|understanding|experience|familiarity) (?:in|for|of|with) (?:and|&|as"
    r" well as) (?:an? )?(?:eagerness|desire|willingness|readiness|ability|experience|knowledge|interest|passion"
    r"|familiarity) (?:to|in|with|for|of)(?= )",
    # (the first noun's lead-in gone before: "[understanding of] and interest in compilers")
    r"(?:and|&) (?:an? )?(?:eagerness|desire|willingness|readiness|ability|experience|knowledge|interest|passion"
    r"|familiarity) (?:to|in|with|for|of)(?= )",
    # a part of a list the comma split off: "[Cloud experience,] specifically AWS", "in particular PostgreSQL"
    r"(?:specifically|in particular|particularly|especially|notably|namely)(?= )",
    # "we do not use but value experience in modern C++": what is valued
    r"(?:we )?(?:(?:do not|don't) use (?:them |it )?but )?(?:also |highly |greatly |really |particularly |especially )?"
    r"value(?= (?:experience|knowledge|familiarity|exposure) | (?:the |your )?(?:ability|capacity|willingness) to )",
    # round 24: the same said in Spanish, French, German ("Valoramos mucho la capacidad de comunicarte con ...", "Il
    # est important que vous connaissiez Docker", "Es ist wichtig, dass du Erfahrung mit der Cloud hast")
    r"(?:valoramos|apreciamos)(?: mucho| especialmente| muy positivamente)?(?= (?:la|el|tu|tus|experiencia"
    r"|conocimientos?|capacidad)\b)",
    r"il est (?:très |particulièrement )?(?:important|essentiel|indispensable|primordial|nécessaire) que (?:vous|tu)"
    r"(?: (?:ayez|soyez|connaissiez|maîtrisiez|sachiez|aies|sois|connaisses|maîtrises|saches))?(?= )",
    r"que(?= (?:vous|tu) )",
    r"es ist (?:uns |sehr |besonders )?(?:wichtig|wünschenswert|notwendig|unerlässlich|von vorteil),? dass (?:du|sie)"
    r"(?= )",
    r"dass (?:du|sie)(?= )",
    # a requirement's second clause: "[... Docker] and that you have experience deploying to the cloud"
    r"that(?= you\b)",
    r"experiencia(?= \w+(?:ando|iendo|yendo)\b)",  # "experiencia desplegando en la nube" -> "Desplegando ..."
    # "... a motivated individual who works well independently" -> "Works well independently"
    r"(?:an? )?(?:[\w-]+ ){0,2}(?:individual|person) (?:who|that)(?: (?:has|is|can))?",
    # "More important than specific technical skills, though, is that you're a strong problem solver" -> "Problem ..."
    r"(?:the )?(?:more|most|just as|equally|also) important(?: thing)?(?: (?:for|to) us)?(?: than [^,.;]{1,60}?)?,?"
    r"(?: though,?)? (?:is|are)(?: that)?(?: you(?:'re| are)(?: an?)?| you)?",
    # "You should understand and be able to apply fundamental concepts" -> "Fundamental concepts"
    r"(?:you )?(?:should|must|need to) (?:understand|know)(?: and (?:be able to )?(?:apply|use))?",
    r"(?:heb|beschik|ben) (?:je|jij)(?: (?:al|ook|wel))?(?: over)?",
    r"(?:je|jij) (?:hebt|beschikt over|bent)",
    r"(?:minimaal|ten minste|tenminste) \d+ jaar(?: (?:werk)?ervaring)?(?: (?:met|in|als))?",
    r"(?:uitstekende |goede |sterke |brede |aantoonbare |ruime |bewezen )?(?:kennis|ervaring|affiniteit)"
    r"(?: en (?:kennis|ervaring))? (?:met|van|in|als)",
    r"(?:ben|bent) (?:je|jij) in staat (?:om )?|in staat (?:om|te)",
    # how much of it: "A high level of accountability, reliability and initiative" -> "Accountability, ..."
    r"(?:a |an )?(?:very |extremely )?(?:high|great|strong|good) (?:level|degree) of",
    # "Competency with some or all of them like Golang, or Rust, ..." -> "Golang, or Rust, ..."
    r"(?:(?:some|any|one|all|each|most) )?(?:or |and )?(?:all|more|some|any|most|one|each) of (?:them|these|those"
    r"|the following)"
    r"(?: like| such as| including)?",
    # a choice with no list after it: "Erfahrungen in mindestens einem der Frameworks zu den jeweiligen Sprachen" ->
    # "Frameworks zu den jeweiligen Sprachen", "Experience with at least one of the major clouds" -> "Major clouds"
    r"(?:(?:at least|any) )?one (?:or more )?of(?: the| these| our)?(?= )"
    r"(?! (?:the )?" + _RANK + ")",
    r"(?:mindestens |wenigstens )?(?:einem|einer|eines) (?:der|von|aus)(?: den)?(?= )",
    # the same in German and French: "Besonders interessieren uns Bewerber mit Erfahrung in Terraform", "Nous sommes
    # particulièrement intéressés par des profils ayant une expérience d'Ansible" (the opening after it goes too)
    r"(?:besonders |vor allem )?interessieren uns (?:bewerber(?:innen)?|kandidat(?:en|innen)|leute|menschen|personen)"
    r"(?: mit)?(?= )",
    r"nous sommes (?:\w+ )?intéressé(?:e)?s par (?:des |les )?(?:profils|candidat(?:e)?s|personnes)"
    r"(?: ayant| avec| qui ont)?(?= )",
    # "We are particularly interested in people with DevOps and TeX expertise" -> "DevOps and TeX expertise"
    r"(?:we are|we're|we'd be|we would be) (?:\w+ )?(?:interested in|keen on) (?:hearing from )?"
    + _PEOPLE_SOUGHT
    + r" (?:with|who(?: (?:has|have|is|are|can))?)(?= )",
    # (round 35: "I am looking for someone who has …", a founder's posting in the first person)
    r"(?:we are|we're|we|i am|i'm) (?:(?:mostly|mainly|primarily|especially|currently|also|now) )?"
    r"(?:looking for|seeking|searching for|want|need)"
    # (the person's words go only before what they have: "... a curious and reliable team member who has" keeps
    # its qualities)
    r"(?: someone| a person| people| an? [\w-]+(?: [\w-]+){0,3}(?= with\b)| an? [\w-]+(?: [\w-]+)?(?= (?:who|that)\b)"
    # (round 32) people named by a plural: "We're looking for self-starters who are skilled at driving projects"
    r"| [\w-]+s(?= (?:who|that) (?:are|have)\b))?"
    r"(?: with| (?:who|that)(?: (?:has|have|is|are|can))?)?",
    r"someone (?:with|who(?: (?:has|is|can))?)",
    # "The role is ideal for someone with a passion for research software" -> "Passion for research software"
    # (after "the" went as an article; "this" opens it)
    r"(?:role|position|job|opportunity) (?:is|would be) (?:ideal|perfect|(?:well|best)[- ]suited) for(?= )",
    r"this (?:role|position|job|opportunity) (?:is|would be) (?:ideal|perfect|(?:well|best)[- ]suited) for(?= )",
    # "This role would suit someone with ..."
    r"(?:this )?(?:role|position|job|opportunity) (?:would|will|should) suit(?= )",
    r"(?:must|should) (?:also )?(?:have|know|bring)",  # "Must have 1 year of espresso experience" -> "Espresso ..."
    # who is sought: "Qualified candidates should have ...", "The ideal candidate has ...", "Candidates must have"
    r"(?:(?:the|our) )?(?:(?:successful|ideal|right|qualified|strong|suitable) )?(?:candidates?|applicants?|hires?)"
    r"(?: (?:will|should|must|would|shall)(?: also)?)? (?:have|has|possess|possesses|bring|brings|demonstrate"
    r"|demonstrates|show|shows|be able to)",
    # (round 30) "Applicants should be familiar with Python" -> "Be familiar with Python" -> "Python"
    r"(?:(?:the|our) )?(?:(?:successful|ideal|right|qualified|strong|suitable) )?(?:candidates?|applicants?)"
    r"(?= (?:(?:will|should|must|shall)(?: also)? be|are expected to be) (?:very |highly |really )?(?:comfortable"
    r"|confident|familiar|fluent|proficient|skilled|experienced)\b)",
    r"(?:are|is) expected to(?= be )",  # (round 30) "Applicants are expected to be familiar with Python"
    # (round 25) "We won't ask where you see yourself in ten years, but we need to see that you are a self-driven
    # tester" -> "Self-driven tester": what is not asked, then what is
    r"we (?:won't|will not|don't|do not) [^.;:]{1,80}? but we need to (?:see|know|prove|be sure) (?:that )?"
    r"you(?:'re| are)(?: an?)?",
    PICTURING + r"(?= an? )",  # "We think you are an experienced engineering leader" -> "Experienced ..."
    # (round 39) the years pictured: "We think you'll have spent a few years building pipelines" -> "Building …"
    r"(?:we (?:think|believe|imagine|expect) (?:that )?)?you(?:'ll| will)? have spent (?:(?:at least|over|more than)"
    r" )?(?:a few|a couple of|several|many|some|\d+\+?|two|three|four|five) years?(?= [a-z]+ing\b)",
    # (round 39) a reason given before what is asked: "Because we talk to schools a lot, you should be able to explain
    # …" -> "Explain …"
    r"(?:because|since|as) (?:we|our|the|this|you)\b[^,;:]{1,60},(?= you (?:should|must|need|will need|(?:'ll|will)"
    r" be able|can)\b)",
    r"know(?:ing|s)? (?:your|their|one's) way around(?= )",  # (round 39) "Knowing your way around GCP" -> "GCP"
    r"you (?:should|must|will|would) (?:also )?(?:enjoy|love|like)(?= )",  # (round 39) "You should enjoy …" -> "…"
    # (round 39) "We'd also want you to be comfortable writing tests" -> "Writing tests"
    r"(?:we(?:'d| would)? )?(?:also )?(?:want|need|expect|like|love) (?:you|candidates|applicants) to (?:be|have|know)"
    r"(?: comfortable)?(?= )",
    # (round 25) the role named before what it asks: "For this role, you must be a careful thinker" -> "Careful
    # thinker"; "In this position you should have ..."; "seasoned at": "You should be seasoned at writing Go"
    r"(?:for|in) this (?:role|position|job),?",
    # (round 27) "This position requires excellent communication skills" -> "Communication skills"
    r"(?:this|the) (?:role|position|job) (?:requires|demands|calls for)(?: an?)?",
    r"(?:you (?:should|must) be |be )?(?:seasoned|well[- ]versed|skilled) (?:at|in)(?= )",
    # (round 32) what is left of "good at" once "good" went: "... who are good at writing clear docs" -> "Writing ..."
    r"at(?= [a-z]+ing\b)",
    # (round 25) "have no fear of presenting to clients", "already came up with improvements", "Spaß an der ..."
    r"(?:the )?(?:ideal|successful|right) (?:candidate|person|hire) (?:could|would|will|should) (?:act|serve) as"
    r"(?: an?)?(?= )",  # (round 25) "The ideal candidate could act as a tech lead manager" -> "Tech lead manager"
    r"(?:have )?no fear (?:of|to)(?= )",
    r"(?:vous n'avez|tu n'as|n'avez|n'as) pas de problèmes? (?:pour|à)(?: en)?(?= )",  # "… pour en apprendre …"
    r"(?:(?:have |has )?already )?came up with(?: some)?(?= )",
    r"(?:du hast )?(?:spaß|freude) (?:an|am)(?: der| dem| den)?(?= )",
    # (round 35: "also" where it falls: "You also need experience developing games", "You will also need …")
    r"you(?:'ll| will)?(?: also)?(?: should| must| need to| will need to)?(?: also)? (?:be|have|bring|possess|know"
    r"|stay|can|are|need(?: to)?)",
    r"(?:(?:should|must|will)(?: also)? )?(?:be|being|are) (?:very |highly |really |extremely )?(?:comfortable"
    r"|confident|familiar|fluent|proficient|skilled"
    r"|experienced)",
    r"comfortable(?: working)?",
    r"as an?(?=\s)",  # "(1+ years) as an engineering manager" -> "Engineering manager"
    # "Capacidad para comunicar ..." -> "Comunicar ...": names only (as openings of requirements they would make
    # duties said with "capacité à" requirements)
    r"(?:capacidad|habilidad|capacité|aptitude)\s+(?:para|de|à|d')",
    r"(?:fähigkeit|bereitschaft)\s+zu",
    # round 16: "You will be expected to have previous experience in X" -> "Previous experience in X" -> "X";
    # "You've got a working knowledge of Docker" -> "Docker"; "Compétence en matière de rédaction de requêtes SQL"
    # -> "Rédaction de requêtes SQL"; "die Fähigkeit hast, Probleme zu lösen" -> "Probleme zu lösen"; "über ein
    # ausgeprägtes Qualitätsbewusstsein" -> "Ausgeprägtes Qualitätsbewusstsein"; "You could provide even more
    # value to our team by having experience with X" -> "X"
    r"(?:you(?:'ll| will) be )?expected to (?:have|be(?! on[- ]call\b)|bring)",  # (not "be on call": cut to "Call ...")
    # "But we do expect applicants to have a demonstrated record of learning quickly" -> "Demonstrated record ..."
    r"(?:but |and )?(?:we )?(?:do |also |will )?expect (?:all )?(?:applicants|candidates|you|the (?:person|candidate"
    r"|hire)) to (?:have|be|bring|show|demonstrate)(?= )",
    r"(?:previous|prior) experience (?:in|with|of)",
    r"you(?:'ve| have) got",
    # (round 30) "You have had strong expertise in React" -> "Strong expertise in React"
    r"(?:(?:have|has) )?had(?= (?:(?:strong|solid|deep|good|some|extensive|hands-on|prior) )?(?:experience|expertise"
    r"|exposure|knowledge|mastery)\b)",
    r"(?:should |must |shall )?possess(?= )",  # (round 30) "the candidate should possess great documentation skills"
    # (round 30) "Expertise and mastery of React" -> "React"
    r"(?:expertise|knowledge|experience|understanding) and mastery (?:of|in|with)(?= )",
    r"(?:a )?working knowledge of",
    r"compétences? en matière de",
    r"you(?:'ll| will) (?:also )?work with(?= )",  # "You'll work with people from many cultures" -> "People ..."
    r"(?:die )?fähigkeit(?:en)? (?:hast|besitzt|mitbringst),?",
    r"über ein(?:e|en)?(?= )",
    # "Du verfügst über ein abgeschlossenes Studium" -> "Abgeschlossenes Studium"
    r"(?:du )?verfügst über(?: ein(?:e|en)?)?(?= )",
    # round 17, Swedish, Norwegian, Danish: "Minst 3 års erfarenhet av backendutveckling" -> "Backendutveckling";
    # "Goda kunskaper i Kotlin" -> "Kotlin"; "Du är självständig" -> "Självständig"; "Erfaring med Terraform"
    r"(?:(?:minst|minimum|mindst) )?\d+\+? (?:års?|år)(?: \w+)? (?:erfarenhet|erfaring)"
    r"(?: av| med| af| inom| innen| fra| som)?",
    r"(?:du )?(?:er|är) (?:sterk|stark|stærk|god|dyktig|duktig|dygtig|flink) (?:på|i|med|til)(?= )",
    r"bonus med(?= )",
    r"(?:(?:du )?(?:har|kan) )?(?:(?:goda?|gode|gott|godt|solida?|solide|sterk|sterke|stark|starka|stærk|stærke"
    r"|bred|brede|breda|dyb|djup"
    r"|dyp|grundlæggende|grundläggande|grunnleggende) )?(?:kunskaper|kunskap|kunnskap|kunnskaper|erfarenhet"
    r"|erfaring|kendskab|kjennskap|kännedom|forståelse|förståelse|innsikt|insikt|viden)(?: av| med| om| i| til| af| for"
    r"| för| inom| innen)",
    r"du (?:har|är|er|kan)(?= )",
    # who is sought: "Vi letar efter dig som har minst 2 års erfarenhet av …", "Vi søger en udvikler der kan …"
    r"vi (?:letar efter|söker|ser etter|søker|søger|leder efter) (?:dig|deg|en [\w-]+|någon|noen|nogen) (?:som|der)"
    r"(?: har| är| er| kan)?",
    # "Det är en fördel om du kan Go" -> "Go"; "Vi ser gärna att du har erfarenhet av Kafka" -> "Kafka"
    r"det (?:är|er|vore) (?:också |også |även )?(?:en fördel|en fordel|ett plus|et pluss?|fint|bra|ønskeligt?"
    r"|meriterande|meritterende|merittellende)"
    r" (?:om|hvis|at|att|med)(?= )",
    # (round 25) inverted after a linking word: "Därför är det meriterande om du ...", "Derfor er det et pluss om du"
    r"(?:därför|derfor|dessutom|desuden|dessuten|också|även|også) (?:är|er) det (?:också |även |også )?(?:en fördel"
    r"|en fordel|ett plus|et pluss?|fint|bra|meriterande|meritterende|merittellende) (?:om|hvis|at|att|med)"
    r"(?: du)?(?: har)?(?= )",
    # (round 25) what matters most: "Det viktigaste för oss är att du vill ...", "Das Wichtigste ist, dass du ...",
    # "Het belangrijkste voor ons is dat je ...", "Lo más importante es que ..."
    r"(?:det viktigaste|det viktigste|det vigtigste)(?: (?:för|for) (?:oss|os))? (?:är|er) (?:att|at) du"
    r"(?: (?:har|är|er|kan|vill|vil))?(?= )",
    r"(?:das )?wichtigste(?: für uns)? ist,? dass (?:du|sie)(?= )|(?:het )?belangrijkste(?: voor ons)? is dat"
    r" (?:je|jij|u)(?= )|(?:le )?plus important(?: pour nous)?,? (?:c'est|est) que (?:vous|tu)(?= )"
    r"|(?:lo )?más importante(?: para nosotros)? es que(?= )",
    r"dat (?:je|jij|u)(?: (?:ook|graag))?(?= )",  # the clause "[… en] dat je graag …" leaves
    # "Du bör vara en person som håller dig uppdaterad" -> "Håller dig uppdaterad"
    r"(?:du )?(?:bör|bør|ska|skal|skall|måste|må) (?:vara|være) en person (?:som|der)(?= )",
    r"vi ser (?:gärna|gjerne|gerne) (?:att|at) du(?= )",
    # (round 25) the clause a break above leaves: "[... och] att du också har ..."; a will to: "en vilja att vara ...";
    # "och inte minst:", "and last but not least,"
    r"(?:att|at) du(?: också| også| även)?(?: (?:har|är|er|kan|vill|vil))?(?= )",
    r"(?:en |ett |et )?(?:vilja|viljan|vilje|viljen|lyst|lust) (?:att|å|at)(?: (?:vara|være))?(?= )",
    r"(?:och |and |und |og |en )?(?:inte minst|ikke minst|ikke mindst|not least|last but not least|nicht zuletzt"
    r"|niet in de laatste plaats)[:,]?",
    # (round 25) a background guessed at: "Kanske är du en kämpe för React?" -> "React"; "Or maybe you have worked
    # with Java?" -> "Java"
    r"(?:eller |or |oder |of )?(?:(?:har|är|er) du )?(?:kanske|kanskje|måske|maybe|perhaps|vielleicht|misschien)"
    r"(?: (?:är|har|er) du| you(?:'re| are| have|'ve)?| (?:bist|hast) du| (?:ben|heb) (?:je|jij))?"
    r"(?: (?:jobbat|arbetat|jobbet|arbeidet|worked|gearbeitet|gewerkt)(?: (?:mer|more|mehr|meer))? (?:med|with|mit"
    r"|met)| used)?"  # (round 30: "Maybe you've used Elixir" -> "Elixir")
    r"(?: (?:en|ett|a|an|ein|eine|een))?(?: (?:kämpe|champion|fan|förespråkare|forkjemper) (?:för|of|for))?",
    r"har du (?:arbetat|jobbat|jobbet|arbeidet|arbejdet) med(?= )",  # "Har du arbetat med Terraform är det ett plus"
    # (round 24) "... om du har arbetat med Kubernetes", "Du är van vid molnmiljöer", "Några års erfarenhet av"
    r"(?:(?:du )?har )?(?:arbetat|jobbat|jobbet|arbeidet|arbejdet) med(?= )",
    r"(?:(?:du )?(?:är|er) )?van(?:t)? (?:vid|med|til)(?= )",
    r"(?:du )?har(?= (?:god|goda|gode|godt|gott|stark|starka|sterk|sterke|bred|breda|brede) )",  # "har god ..."
    r"(?:några|flera|många|noen|flere|mange|nogle) (?:års?|år) (?:\w+ )?(?:erfarenhet|erfaring)"
    r"(?: av| med| af| inom| innen)?",
    # Dutch: "Je communiceert helder" -> "Communiceert helder" (the reader, then a verb of theirs)
    r"(?:(?:je|jij) )?(?:weet|kunt|kan) (?:hoe|goed)(?: je| jij)?(?= )",
    r"(?:(?:je|jij) )?(?:bent )?(?:goed |zeer goed )?(?:bekend|vertrouwd) met(?: de| het)?(?= )",
    r"(?:je|jij)(?= [a-z]+t\b)",
    r"(?:gärna|gjerne)(?= )",
    # Italian, Portuguese, Polish (round 18): "Almeno 5 anni di esperienza nello sviluppo backend" -> "Sviluppo
    # backend"; "Pelo menos 3 anos de experiência com React" -> "React"; "Minimum 5 lat doświadczenia w
    # programowaniu w Javie" -> "Programowaniu w Javie"; "Hai esperienza con Go" -> "Go"
    r"(?:(?:almeno|minimo|min\.) )?\d+\+? anni (?:di )?esperienza(?: (?:nello|nella|nel|nei|nelle|in|con|come|di))?",
    r"(?:(?:pelo menos|no mínimo|mínimo de) )?\d+\+? anos (?:de )?experiência(?: (?:com|em|de|no|na|como))?",
    r"(?:pelo menos |no mínimo )?\d+\+? anos (?:com|em|de|como)",
    r"(?:(?:hai|ha|possiedi|possiede) )?(?:una )?esperienza (?:di|da) (?:almeno |minimo |oltre )?\d+\+? anni"
    r"(?: (?:con|in|di|nel|nello|nella|come))?",
    r"(?:hai|ha) (?:almeno |minimo )?\d+\+? anni (?:di )?esperienza(?: (?:con|in|di|nel|nello|nella|come))?",
    r"(?:almeno|minimo|oltre) \d+\+? anni(?: di esperienza)?(?: (?:con|in|di|nel|nello|nella|come))?",
    r"(?:hai|ha) (?:già )?(?:una )?(?:buona |ottima |solida )?(?:esperienza|conoscenza)(?: (?:con|in|di|del|della"
    r"|nel))?",
    r"(?:conosci|conosce|parli|parla)(?= )",
    r"experiência de (?:pelo menos |no mínimo )?\d+\+? anos(?: (?:com|em|de|como))?",
    r"(?:(?:minimum|min\.|co najmniej|przynajmniej) )?\d+\+? (?:lat|lata|roku|rok)(?:a)? doświadczenia"
    r"(?: (?:w pracy z|w|z|jako|przy))?",
    r"(?:hai|possiedi) (?:una )?(?:buona |ottima |solida )?(?:esperienza|conoscenza)"
    r"(?: (?:con|in|di|del|della|nel|nella))?",
    r"você (?:tem|possui) (?:experiência|conhecimentos?)(?: (?:com|em|de|sobre))?",
    r"(?:masz|posiadasz) (?:doświadczenie|wiedzę)(?: (?:w|z|we|ze))?",
    r"(?:è|sarà) (?:un )?(?:plus|gradit[aoie]|titolo preferenziale)",
    # Turkish "En az 5 yıl yazılım geliştirme deneyimi" -> "Yazılım geliştirme"; Czech "Alespoň 3 roky zkušeností s
    # vývojem v Pythonu" -> "Vývojem v Pythonu", "Znalost Django" -> "Django"
    r"(?:en az )?\d+\+? y\wl(?:l\wk)?",
    r"(?:(?:alespoň|minimálně|min\.) )?\d+\+? (?:roky|let|rok) (?:praxe|zkušeností)(?: (?:s|se|v|ve|na|jako))?",
    r"you could (?:also )?(?:provide|add|bring) (?:even )?more value (?:to (?:our|the) team )?by (?:having|bringing)",
    r"(?:ideally|preferably|pref+err?ed|idealerweise|idéalement|bij voorkeur|bonus|nice to have|also|se valorará"
    r"|preferibilmente|preferencialmente|de preferência|gradit[aoie]|mile widzian[aeyio]?"
    r"|es un plus|perhaps|maybe|possibly|optionally|even)",
    r"pref\.?(?=\s)",  # "pref experience with X" -> "X"
    # a closing remark's own requirement: "(must be able to explain them to executives)" -> "Explain them ..."
    r"(?:and )?(?:(?:need to|must|should|have to)(?: also)? )?be (?:able|willing|prepared|ready) to(?= )",
    r"(?:and )?(?:need to|must|should|have to)(?: also)? be(?= open to )",  # "... be open to learning" -> "Open to ..."
    r"and(?= (?:willing|open|keen|happy|able) to )",  # "(and willing to learn Rust)" -> "Willing to learn Rust"
    r"you (?:may|might) (?:also |even )?have",
    # a priority as a label: "Required: Python and SQL" -> "Python and SQL"
    r"(?:required|preferred|must[- ]have|mandatory|optional|desired|desirable|essential)(?=\s*:)",
    r"(?:un )?(?:" + FR_INTENSIFIER + r" )?(?:plus|atouts?)(?=\s*:)",  # (round 30) "Un plus : Kubernetes"
    r"you (?:like|love|enjoy)(?: to)?",
    r"tu aimes",
    r"(?:du )?(?:gillar|liker|kan lide|tycker om|elsker|älskar|trivs med|trives med) (?:att|å|at)(?= )",  # (round 21)
    r"(?:valoramos|nos interesa|es importante|es fundamental|es clave|necesitamos) que",
    r"(?:que )?(?:sepas|tengas|conozcas|puedas|manejes|domines|te guste)",
    r"(?:si además|si también) (?:conocés|conoces|sabés|sabes|tenés|tienes|manejás|manejas|dominás|dominas)",
    r"(?:un |una )?(?:buen|buena|sólido|sólida|alto|alta) (?:nivel|manejo|conocimiento|dominio) de",
    r"(?:manejo|dominio|uso) de",
    r"(?:we are|we're) hiring an? [\w-]+(?: [\w-]+)?(?: with| who (?:has|have|is))?",
    r"(?:we are|we're) (?:happy|glad|willing) to (?:teach|train) (?:a|an|someone)(?: good| strong)?",
    r"(?:we'd|we would|it would be|it'd be|it's|it is) (?:also )?(?:love|be happy|be delighted|great|nice|a plus"
    r"|a bonus)(?: it)? if(?: you(?:'ve| have| are|'re|'d| had)?)?"
    # (round 29) what the wish is of: "It would be great if you also knew Terraform" -> "Terraform"
    r"(?: (?:also|already|additionally))?"
    # (round 30) "… if you had worked with Kafka", "… if you have used BigQuery" -> "Kafka", "BigQuery"
    r"(?: (?:worked with|used|knew|know|had|were familiar with))?(?= )",
    # (round 29) a reason or a place before who is sought: "But as most users are on Android, we are interested in
    # hiring a developer with …", "To work at Acme, you need to have a background in …"
    r"(?:but |and )?(?:as|since|because|while) [^,;.]{1,80},(?= we(?:'re| are) )",
    r"to qualify(?: (?:at|for) [^,;.]{1,40})?,?(?= you )",  # (round 29) "To qualify at the GS-12 level, you must …"
    r"to (?:work|succeed|thrive) (?:here|at [\w-]+(?: [\w-]+)?|in this (?:role|position|job)),?(?= you )",
    r"you(?: will| would|'ll)? need to (?:have|know|bring|be able to)(?= )",
    # (round 29) what a federal posting's experience is: "Specialized experience for this role is defined as
    # experience delivering …" -> "Delivering …"
    EXPERIENCE_DEFINED_AS + r"(?= (?:experience|work)\b)",
    # (round 29) "We strongly prefer candidates who have worked with Airflow", "Bonus points for experience with Flink"
    WE_PREFER + r" (?:candidates|applicants"
    r"|someone|people|engineers|those|developers)(?: (?:who|that)(?: (?:have|has|are|can))?"
    r"(?: (?:already |previously )?(?:worked with|used))?| with)?(?= )",
    WE_PREFER + r"(?= (?:(?:some|prior|previous"
    r"|hands-on) )?(?:experience|knowledge|familiarity|exposure) (?:with|in|of|using)\b| (?:that|if) you\b)",
    r"(?:(?:bonus|extra) )?points? (?:for|if)(?: you(?:'ve| have| are|'re| know| can)?)?(?= )",
    r"(?:(?:bonus|extra) )?points?(?=\s*:)",  # (round 30) "Bonus point: Elixir" -> "Elixir"
    r"(?:nice|plus|a plus|bonus|optional|desirable)(?=\s*:\s)",  # (round 39) "Nice: Celery or RQ" -> "Celery or RQ"
    # (round 30) where the person is, said before what is asked: "We prefer candidates based in Europe who have
    # strong Go skills" -> "Strong Go skills"; "You are based in Europe and have strong experience with Kubernetes"
    r"(?:(?:you(?:'re| are) )?(?:currently )?(?:located|based|living|residing) in [\w ,.-]{1,40}? (?:who (?:have|has)"
    r"|with|and (?:you )?(?:have|has)(?: (?:a|an|some))?))(?= )",
    # (round 29) "Basic mandatory skills are SQL and Git" -> "SQL and Git"
    r"(?![^.;]{0,40}\b(?:listed|below|described|as follows|set out)\b)"
    r"(?:(?:the|our|basic|core|key) )?(?:mandatory|required|essential|must-have|minimum|basic) (?:skills|requirements"
    r"|qualifications|knowledge)(?: (?:are|includes?|is))?(?= )(?! (?:listed|below|described|as follows|set out)\b)",
    # "We would love to see experience with Rust" -> "Rust" (the opening after it goes too)
    r"(?:we'd|we would|we'll|we will) (?:also |really )?(?:love|like|be happy|be glad) to see(?: (?:some|any))?(?= )",
    # "Knowledge of and experience with X": the second opening follows the first
    r"(?:and|or|as well as|and/or|&)(?=\s+(?:hands-on\s+|practical\s+)?(?:experience|knowledge|familiarity|expertise"
    r"|understanding|skills?|proficiency)\b)",
    r"(?:a|an) (?:good|strong|solid|deep) (?:understanding|knowledge|grasp|command)",
    r"(?:experiencia|conocimientos?)\s+(?:de|en|con)(?:\s+" + _NUMBER_WORDS + r"\s+años\s+con)?",
    r"(?:mehrjährige |erste |fundierte )?(?:erfahrung|kenntnisse)\s+(?:in|mit|von|im|bei|über)",
    # a sentence's link to the one before: "In addition to the requirements below, ...", "Overall, ..."
    r"(?:in addition(?: to [^,]{1,40})?|overall|additionally|besides|further|furthermore|moreover|dementsprechend"
    r"|außerdem|zudem|de plus|par ailleurs|además|asimismo),",
    r"(?:with|in|on|of|using)",
    r"(?:previously|already|bereits|déjà|ya)",
    r"takes? the time to",
    # who the role needs, then what: "We value testers who write ...", "The ideal candidate will have run ..."
    r"we value(?: [\w-]+){0,2} (?:who|that)",
    r"(?:someone|[\w-]+s) (?:who|that)(?: \w+ly)? (?:share|shares|have|has|enjoy|enjoys|love|loves|bring|brings"
    r"|want to|wants to)",
    r"(?:we are|we're) looking for(?: [\w-]+){1,2} (?:who|that)(?: \w+ly)?"
    r" (?:share|shares|have|has|are|enjoy|love|bring|want to|wants to)",
    r"(?:the )?(?:ideal|successful|right) (?:candidates?|applicants?|person)(?: \w+){0,3}?"
    r" (?:will have|should have|must have|will bring|will share|has|have|will)",
    r"(?:it's|it is) (?:essential|important|crucial|key) (?:to|that)",
    r"(?:buscamos|necesitamos) (?:a )?(?:alguien|una persona|personas)(?: con| que (?:tenga|sepa))?",
    r"(?:es|será) (?:imprescindible|indispensable|necesario)",
    r"(?:manejar|conocer|dominar)",
    r"vous (?:devez|devrez) (?:maîtriser|connaître|avoir|savoir)",
    r"(?:dementsprechend |daher |deshalb )?(?:wir )?(?:wünschen|erwarten) (?:wir )?(?:uns )?(?:von dir|von ihnen)?,?"
    r" dass (?:du|sie)",
    r"du (?:solltest|hast|bringst)",
    # the same in French and Spanish: "Vous avez une bonne maîtrise de SQL", "Tienes experiencia con Docker"
    r"(?:vous (?:avez|possédez|maîtrisez)|tu (?:as|possèdes|maîtrises))(?= )",
    # (round 24) "Vous êtes à l'aise avec Git", "vous savez travailler en autonomie", "vous aimez partager", "avez déjà
    # travaillé avec React"; German "Du kennst dich mit PostgreSQL aus", "Idealerweise hast du bereits mit Kubernetes
    # gearbeitet"; Portuguese "Será um diferencial experiência com Spark"
    r"(?:vous (?:êtes|etes)|tu es) (?:aussi |également )?(?:très |parfaitement )?à l'aise (?:avec|en|dans|sur|pour)"
    r"(?: les?| la| l')?",
    # (round 30) a profile given with its reason: "Vous avez donc un profil technique puisque vous êtes capables de
    # manipuler des données" -> "Manipuler des données"
    r"(?:(?:vous avez|tu as) )?(?:donc |aussi |également )?(?:un )?profil(?: [\w-]+){1,2} (?:puisque|car|parce que)"
    r" (?:vous (?:êtes|etes) |tu es )?(?:capables?|en mesure) (?:de(?= )|d')",
    r"(?:vous (?:savez|aimez|connaissez|êtes|soyez|ayez|sachiez)|tu (?:sais|aimes|connais|es|sois|aies|saches))(?= )",
    r"(?:vous )?avez (?:déjà )?(?:travaillé|une (?:première )?expérience) (?:avec|sur|en|dans)(?= )",
    r"(?:du )?kennst dich (?:gut |sehr gut |bestens )?(?:mit|in)(?: der| dem| den)?(?= )",
    r"hast du(?: bereits| schon)?(?: einmal)?(?: erste)?(?: erfahrungen?)?(?: mit)?(?= )",
    r"(?:du )?hast(?: bereits| schon)?(?: einmal)?(?: mit)?(?= )",
    r"(?:será|é|seria) (?:um |uma )?(?:diferencial|plus|vantagem)(?: ter)?(?= )",
    r"(?:une? )?(?:(?:très )?bonne|solide|excellente|parfaite) (?:maîtrise|connaissance|compréhension)",
    r"(?:tienes|tenés|cuentas con|manejas|dominas)(?= )",
    # the reader described with any other verb: "You lead with empathy" -> "Lead with empathy" (last: the
    # phrases above drop more)
    r"you (?:(?:strongly|truly|really|firmly) )?believe(?: that)?",
    r"you(?= (?!will\b|would\b|could\b|may\b|might\b)[a-z])",
    r"you've(?= [a-z])",  # "You've owned a production data warehouse" -> "Owned a production data warehouse"
    # (round 27) what the reader will do, as a requirement: "You will write code for new features" -> "Write code ..."
    # (not what the job gives the reader: "You will develop your skills", "You will build your career")
    r"you(?:'ll| will)(?= (?:write|build|design|develop|ship|maintain|create|resolve|debug|implement|test"
    r"|communicate|collaborate|mentor)\b"  # (round 30: "You will communicate with customers ...")
    r"(?! (?:your|a career)\b))",
    # an item that goes on from a list's lead-in ("You must:", "We expect you to:"): "have international
    # experience" -> "International experience", "be able to give feedback" -> "Give feedback"
    r"(?:have|has|be|is|are|can|know|knows|(?:want|wants) to)(?= [\w-])",
    # an item of a list led in by "We expect you:": "To be fluent in Go" -> "Fluent in Go"
    r"to(?= (?:be|have|know|understand|enjoy|like|love|bring|speak)\b)",
    # "If you happen to have X experience as well, that's a plus" -> "X experience"
    r"if you (?:happen to |already |also )?(?:have|are|be|know|'ve|'re|got)(?: (?:have|be|got))?",
    # "Have some experience or familiarity with X", "experience in or familiar with X" -> "X"
    r"(?:some|any)(?= (?:experience|knowledge|familiarity|exposure|understanding)\b)",
    # "either Linux or Windows", "both diagnose and prevent", "an appreciation of how to work with ..."
    r"(?:either|both)(?= \w)",
    r"(?:an? )?appreciation (?:of|for)(?: how to)?",
    # how many of a list: "Proficient in two or more of the following programming languages: ..." -> "Programming
    # languages" (not "Two or more")
    r"(?:at least )?" + _NUMBER_WORDS + r"(?: or more)? (?:of|from) (?:the following|these|those)",
    r"(?:at least )?(?:one|two|three|\d+) or more(?= \w)",
    r"how to(?= \w)",
    r"(?:du )?kannst(?: dich| du)?(?= \w)",
    r"(?:experience|knowledge|familiarity|understanding)(?: in| of| with)?"
    r"(?= (?:or|and) (?:familiar|experienced|knowledge|familiarity|experience|understanding)\b)",
    r"(?:or|and) (?:familiar|experienced)(?= (?:with|in)\b)",
)
# Where one item joins two requirements ("A deep understanding of secure coding, and the ability to teach it to
# other engineers"): each side becomes a requirement of its own (parser.clauses). Only before a word that opens a
# new requirement, never inside a list of names ("Python and SQL") or a pair that shares its object ("knowledge
# of and experience in X").
_CLAUSE_QUALIFIERS: Final = (
    r"(?:(?:the|an?|some|any|your|their)\s+)?(?:(?:proven|demonstrated|demonstrable|strong|excellent|good|solid|deep"
    r"|great|real|genuine|sound|clear|basic|recent)\s+){0,2}"
)
_CLAUSE_ABILITY: Final = (
    r"(?:ability|abilities|willingness|capacity|desire|eagerness|track record|interests?|passions?|appreciation"
    r"|commitment|(?:(?:are|be|is) (?:also )?)?(?:keen|eager|willing|able|comfortable|happy|excited|passionate"
    r"|committed)|(?:are|be|is) (?:also )?open to)\b"
)
_CLAUSE_KNOWING: Final = r"(?:experience|knowledge|understanding|familiarity)\b"
_NOT_A_SHARED_OBJECT: Final = r"(?<!\bof)(?<!\bin)(?<!\bwith)(?<!\bon)"
CLAUSE_BREAKS: Final = (
    # ", and the ability to ...", ", along with some experience of ...", "and a passion for ..."
    _NOT_A_SHARED_OBJECT
    + r",\s+(?:and|as well as|along with|plus|together with)\s+(?="
    + _CLAUSE_QUALIFIERS
    + f"(?:{_CLAUSE_ABILITY}|{_CLAUSE_KNOWING}))",
    _NOT_A_SHARED_OBJECT
    + r"\s+(?:as well as|along with|together with)\s+(?="
    + _CLAUSE_QUALIFIERS
    + f"(?:{_CLAUSE_ABILITY}|{_CLAUSE_KNOWING}))",
    _NOT_A_SHARED_OBJECT + r"\s+and\s+(?=" + _CLAUSE_QUALIFIERS + _CLAUSE_ABILITY + ")",
    # "... experience developing in Scala, and have a demonstrated track record of ...", "...; are able to ...": a
    # second predicate of the same reader, a requirement of its own
    r",\s+and\s+(?=(?:also\s+)?(?:have|has|possess|bring|demonstrate|show)\s+"
    r"(?!(?:been|had|used|worked|done|the same|it|them|this|that|fun)\b))",
    r";\s+(?=(?:and\s+)?(?:have|has|possess|bring|are able|are comfortable|are familiar|can|be able|be comfortable)\s)",
    # (round 24) "Strong written communication; you document decisions ...": the reader again, asked something new
    # (not "; you will work with ...": a duty)
    r";\s+(?=you\s+(?!will\b|would\b|may\b|might\b|could\b|get\b|receive\b)[a-z]+\s)",
    # "You care about data quality and have set up monitoring": a second thing the reader has done
    # (round 25: "has", and an adverb: "... Linux experience and has successfully scaled systems")
    r"\s+and\s+(?=(?:have|has)\s+(?:(?:successfully|already|previously|recently|personally)\s+)?(?:set up|built|run"
    r"|led|shipped|designed|owned|operated|maintained|managed|written|created|implemented|deployed|scaled|mentored"
    r"|migrated)\b(?!-))",
    # (round 25) a practice added to a quality: "Works well with others as well as mentoring others"
    r"\s+as well as\s+(?=(?:mentoring|coaching|teaching|leading|managing|hiring)\b)",
    # (round 30) "You are fluent in English (both written and spoken) and have a strong portfolio of published
    # technical writing": the reader's record, asked besides
    r"\s+and\s+(?=have\s+(?:a|an)\s+(?:(?:strong|solid|good|proven|demonstrated|great|public)\s+)?(?:portfolio"
    r"|track record)\b)",
    # "You like using Go every day, are not afraid of Makefiles and enjoy setting up CI/CD": the reader's next
    # predicates, each a requirement of its own
    r",\s+(?:and\s+)?(?=are\s+(?:not\s+)?(?:afraid|comfortable|familiar|fluent|proficient|experienced|used to)\b)",
    # (a technical activity: not "tools that engineers use and enjoy using", "CLIs they like working with")
    r"\s+and\s+(?=(?:enjoy|love|like)\s+(?:setting up|building|writing|automating|running|debugging|maintaining"
    r"|operating|designing)\b)",
    # (round 27) a way of working added to skills: "excellent communication skills and working with a
    # multi-disciplinary team"
    r"(?<=skills)\s+and\s+(?=(?:working|collaborating|partnering)\s+(?:closely\s+)?(?:with|across|in)\b)",
    # (round 29) a second ask of the reader after "but": "a background in statistics, but you should be inspired by
    # teaching"
    r",\s+but\s+(?=you\s+(?:should|must|need to|will need to|also need to)\s+(?:also\s+)?(?:be|have|know|enjoy"
    r"|love)\b)",
    # (round 38) what else the reader can do, and what they have done: "You understand IAM deeply and can explain to
    # a developer why ...", "You can automate your work in Go, and you've written infrastructure as code"
    # (a way of telling or guiding others, not one thing twice: "You design APIs and can build them too",
    # "Experience with Kubernetes and can operate clusters")
    r"\s+and\s+(?=can\s+(?:also\s+)?(?:explain|teach|communicate|mentor|present|translate|coach)\b"
    r"(?!\s+(?:them|it|this|that|these|those)\b))",
    # (round 39: without the comma too, and "set up": "You care about data quality and you've set up tests")
    r",?\s+and\s+(?=you(?:'ve|\s+have)\s+(?:(?:also|already|previously|successfully)\s+)?(?:set up|written|built"
    r"|run|led|shipped|designed|owned|operated|maintained|managed|created|implemented|deployed|scaled|mentored|migrated"
    r"|worked)\b)",
    # (round 38) who the person is, and what they are experienced in besides: "Our ideal applicant is a python-first
    # programmer who is also experienced in pandas"
    # (an addition, said so: not "We're looking for a developer who is fluent in Go, …", whose asks all follow)
    # (not after the person alone, "You are someone who is also …", nor of what was named, "… proficient in it")
    r"(?<!someone)(?<!somebody)(?<!person)(?<!people)(?<!one)"
    r"\s+who\s+(?=(?:is|are)\s+also\s+(?:experienced|skilled|proficient|fluent|versed)\s+(?:in|with)\s+"
    r"(?!(?:it|them|this|that|these|those|both)\b))",
    # (round 38) what the reader should be, after a dash: "We are open to any applicant in the US - you should be
    # comfortable working in a fully distributed company"
    # (three words at least after the verb, none pointing back: not "- you should know it", "- you must be fluent")
    r"\s+[-–—]\s+(?=you\s+(?:should|must|need to|will need to|have to)\s+(?:also\s+)?(?:be|have|know)\s+"
    r"(?![^.;]*\b(?:it|them|both|this|that)\b)(?:[\w-]+\s+){2,}\w)",
    # (round 39) a second requirement said as a first one's equal: "Experience of hardware design is essential, as is
    # a good knowledge of the HW/SW stack"
    # (not of what was named: "…, as is experience with its tooling")
    r",\s+as\s+(?:is|are)\s+(?=" + _CLAUSE_QUALIFIERS + f"(?:{_CLAUSE_ABILITY}|{_CLAUSE_KNOWING})"
    r"(?![^.;]*\b(?:it|its|them|their|this|that|these|those|same)\b))",
    # (round 39) the reader's second predicate, in French: "Vous maîtrisez plusieurs langages, dont Python, et vous
    # n'avez pas de problèmes pour en apprendre des nouveaux"
    r",?\s+et\s+(?=vous\s+(?:n'|n’|ne\s+)?(?:avez|êtes|savez|aimez|connaissez|maîtrisez|pouvez)\b)",
    # (round 39) a wish after a must, said in its own clause: "You must know C, but Rust experience is a plus",
    # "Low-power design experience matters most, but Zephyr or FreeRTOS knowledge helps"
    r",\s+but\s+(?!(?:it|this|that|they|these|those)\b)"
    r"(?=[^,;.]{2,80}?\b(?:(?:is|are|would be|will be)\s+(?:also\s+|definitely\s+)?(?:an?\s+)?(?:(?:big|huge"
    r"|nice|real|great|definite)\s+)?(?:plus|bonus|advantage|asset|welcome|appreciated|helpful)|would be (?:great|nice"
    r"|ideal)|helps)\b)",
    # (round 39) what else the writer thinks of the reader: "… building batch pipelines and that you're at home in SQL"
    r"\s+and\s+that\s+(?=you(?:'re|\s+are|'ve|\s+have|\s+can|\s+know)\s)",
    # (round 39) the person's next predicate, said of them in the third person: "The right person has released an app
    # and understands the activity lifecycle well"
    r"\s+and\s+(?=(?:also\s+)?(?:understands|knows|speaks|enjoys|cares about)\s)",
    # (round 39) the reader's next quality, said of them again: "You've shipped firmware in C, and you're comfortable
    # with an oscilloscope" (not "…, and you're comfortable with it": what was named)
    r",\s+and\s+(?=you(?:'re|\s+are)\s+(?:also\s+)?(?:comfortable|familiar|fluent|proficient|experienced|confident"
    r"|at home|used to)\s+(?:with|in|at|using|to)\s+(?![^.;]*\b(?:it|its|them|their|this|that|these|those|both"
    r"|same)\b))",
    # (round 29) a wish after a must: "You must have Python; we also prefer familiarity with Docker"
    r";\s+(?=we(?:\s+(?:also|strongly|would|really|generally)){0,2}\s+prefer\b)",
    # (round 29) a second practice after its own preposition: "Java development and with writing unit tests for it"
    r"\s+and\s+(?=(?:with|in)\s+(?!the\b)[a-z]+ing\s)",
    # "4+ years of experience as an engineer and 1+ years as an engineering manager": a second count of years
    # (round 28: ", with at least 1-2 years of experience leading a team")
    r",?\s+(?:and|plus)\s+(?=(?:at least\s+)?\d+\s*\+?\s*(?:(?:-|–|to)\s*\d+\s*\+?\s*)?(?:years?|yrs?)\b)",
    # (what the years are of follows them: not ", with 5+ years preferred", ", with 1-2 years of hands-on use")
    r",\s+with\s+(?=(?:at least\s+)?\d+\s*\+?\s*(?:(?:-|–|to)\s*\d+\s*\+?\s*)?(?:years?|yrs?)\s+(?:of\s+"
    r"(?:[\w-]+\s+)?experience\s+(?:[a-z]+ly\s+)?)?(?:in|with|as|using|[a-z]+ing)\b)",
    # "A background in software engineering, with experience in web architecture"
    r",\s+(?=with\s+(?:\S+\s+){0,4}?(?:experience|expertise|knowledge|leadership|exposure)\b)",
    r"\s+und\s+(?=(?:du\s+)?(?:kannst|bist|hast|bringst|verfügst)\b|(?:ein(?:e[nm]?)?\s+)?(?:(?:hohes|gutes|gute"
    r"|sehr gute|grundsätzliches|ausgeprägtes|großes|starkes|fundiertes|fundierte)\s+)?(?:maß|interesse|kenntnisse"
    r"|erfahrung|fähigkeit|bereitschaft|verständnis)\b)",
    r",?\s+(?:et|ainsi que)\s+(?=(?:(?:de|des|du|la|le|les|une?)\s+|d'|l')?(?:(?:bonne|solide|excellente)\s+)?"
    r"(?:capacité|connaissance|expérience|maîtrise|compréhension|aptitude)s?\b)",
    # "You know CSS well, and you care about accessibility", "that you know Docker and that you have deployed to a
    # cloud": the reader named again, with a verb that asks for something of their own (not "and you will build X":
    # a duty)
    r",?\s+and\s+(?=(?:that\s+)?you(?:'re|'ve|'d)?\s+(?:also\s+|really\s+|genuinely\s+)?(?:care|have|know|are|can"
    r"|understand|enjoy|love|bring|thrive|feel|take pride|will need to|need to|should|must|(?:'ll|will) be able)\b)",
    r",?\s+and\s+(?=that\s+you\s)",
    # the same in Spanish, French, German: "que sepas trabajar con Docker y que tengas experiencia ...", "et que vous
    # maîtrisez ...", "und dass du ..."; and Spanish "... y experiencia con ..." (a second thing asked)
    r",?\s+y\s+(?=que\s+(?:tengas|sepas|puedas|seas|estés|conozcas|domines|manejes|cuentes|te\s)\b)",
    r",?\s+y\s+(?=(?:(?:una|la|el|los|las|buena|buenos|sólida|sólidos|amplia|amplios)\s+)*(?:experiencia"
    r"|conocimientos?|capacidad|habilidad(?:es)?|dominio|manejo)\b)",
    # (the subject said once: "Vous maîtrisez JavaScript et avez déjà travaillé avec React"; "..., vous êtes
    # curieux et vous aimez partager")
    r",?\s+et\s+(?=(?:avez|êtes|savez|maîtrisez|connaissez|aimez)\s)",
    r",\s+(?=vous\s+(?:avez|êtes|savez|maîtrisez|connaissez|aimez)\s)",
    # German: the reader's next verb ("Du arbeitest gerne im Team, kommunizierst offen und übernimmst Verantwortung")
    # (after a comma only with "und" to come: English has words in -st too, ", whilst we refine the product"; not
    # an adverb in -st, "meist in Python"; the verb in lower case, which ``parser._clause_breaks`` checks: German
    # writes nouns with a capital, "und Test Automation")
    r"(?:\s+und\s+|,\s+(?=[a-zäöü][a-zäöüß]{2,}st\s[^,.;]{0,80}?\sund\s))(?=(?:du\s+)?(?!(?:meist|zumindest|selbst"
    r"|erst|fast|sonst|jetzt|höchst|zuletzt|letzt|längst|best|just|most|least|first|must)\s)"
    r"(?P<de_verb>[a-zäöü][a-zäöüß]{2,}st)\s)",
    # Dutch and the Nordic languages: "Je bent bekend met testen en je weet hoe ...", "Du har erfarenhet av Java och
    # trivs med att arbeta i team"
    r"\s+en\s+(?=(?:je|jij)\s+(?:bent|hebt|weet|kunt|kan|communiceert|werkt|houdt|denkt|neemt)\b)",
    r"\s+(?:och|og)\s+(?=(?:du\s+)?(?:trivs|trives|är|er|har|kan|gillar|liker|kan lide|tycker om)\s)",
    # (round 28) Polish: "Bardzo dobre zdolności organizacyjne i umiejętność nauki różnorodnych narzędzi"
    r",?\s+(?:i|oraz)\s+(?=(?:(?:dobra|bardzo dobra|biegła|podstawowa|praktyczna|solidna)\s+)?(?:umiejętnoś\w*"
    r"|znajomoś\w*|doświadczeni\w*|wiedz[ay]|zdolnoś\w*|chęć)\s)",
    # Portuguese: "Boa comunicação e capacidade de trabalhar em equipe"
    r",?\s+e\s+(?=(?:(?:a|uma|boa|bom|sólida|sólido|ampla|amplo)\s+)*(?:experiência|conhecimentos?|capacidade"
    r"|habilidade|vivência|domínio)\b)",
    r",?\s+et\s+(?=(?:que\s+)?(?:vous|tu)\s+(?:avez|êtes|savez|maîtrisez|connaissez|aimez|as|es|sais|maîtrises"
    r"|connais|aimes|ayez|soyez|sachiez|maîtrisiez|connaissiez|aies|sois|saches)\b)",
    # Dutch: "Kennis van Python en ervaring met Django" (as Spanish "y experiencia", Portuguese "e experiência")
    r"\s+en\s+(?=(?:(?:goede|ruime|brede|aantoonbare)\s+)?(?:ervaring|kennis)\b)",
    r",?\s+und\s+(?=dass\s+(?:du|sie)\b)",
    # (round 25) German: "Erfahrung als Teamlead und Spaß an der Weiterentwicklung anderer": a liking asked besides
    r"\s+und\s+(?=(?:(?:viel|große[nm]?)\s+)?(?:spaß|freude|lust|begeisterung)\s+(?:an|am|daran|für)\b)",
    # (round 25) Swedish, Norwegian, Danish, Dutch: "... och att du också har en vilja att ...", "en dat je ..."
    r",?\s+(?:och|og)\s+(?=(?:att|at)\s+du\s)|,?\s+en\s+(?=dat\s+(?:je|jij|u)\s)",
)
CLAUSE_MIN_WORDS: Final = 3  # a side shorter than this is no requirement of its own ("Experience and knowledge of X")
# Academic degrees: "Master's, PhD or MBA degree" names alternatives of one requirement, never a list of skills.
DEGREES: Final = (
    r"bachelor'?s?",
    r"master'?s?",
    r"ph\.? ?d\.?",
    r"doctor(?:ate|al)",
    r"mba",
    r"b\.?sc\.?|m\.?sc\.?|b\.s\.|m\.s\.|b\.a\.|m\.a\.|b\.?eng\.?|m\.?eng\.?",  # not "MS Office"
    r"(?:\w+ )?degrees?",
    r"diplom\w*|abitur|licen(?:ce|cia\w*)|maestr[ií]a|doctorado|grado|ingénieur|bac ?\+ ?\d",
)
# Names written with a slash that are one thing, not alternatives (see jd/enumeration.py).
SLASH_COMPOUNDS: Final = (
    "CI/CD",
    "TCP/IP",
    "UI/UX",
    "UX/UI",
    "I/O",
    "A/B",
    "PL/SQL",
    "AI/ML",
    "ML/AI",
    "R&D",
    "B2B/B2C",
    "24/7",
    "and/or",
    "et/ou",
    "und/oder",
    "y/o",
    "client/server",
    "OS/2",
    "HTTP/2",
    "HTTP/3",
    "S/MIME",
    "Dev/Ops",  # (round 30) "modern Dev/Ops environments": DevOps
    # (round 39) hardware and software together: "a good knowledge of the HW/SW stack"
    "HW/SW",
    "SW/HW",
    "hardware/software",
    "software/hardware",
)
# the words of a name that says only that skills are wanted ("Foundation of experiences and skills", "Skills and
# perspectives", "Relevant experience"): a sentence of prose so named asks for nothing a loop can assess
GENERIC_NAME_WORDS: Final = frozenset(
    [
        "skills",
        "skill",
        "experience",
        "experiences",
        "perspectives",
        "perspective",
        "foundation",
        "background",
        "backgrounds",
        "qualities",
        "abilities",
        "talents",
        "attributes",
        "strengths",
        "mix",
        "range",
        "variety",
        "set",
        "combination",
        "of",
        "and",
        "or",
        "a",
        "an",
        "the",
        "with",
        "relevant",
        "right",
        "diverse",
        "broad",
        "wide",
        "solid",
        "good",
        "strong",
        "some",
        "any",
        "our",
        "your",
        "various",
        "different",
    ]
)
NAME_LEAD_INS: Final = ARTICLES + REQUIREMENT_OPENINGS + NAME_SENTENCE_LEAD_INS
# Where a short name ends (the earliest one found wins).
NAME_CUTS: Final = (
    r":",
    r";",
    # "CI/CD pipelines, and writing and maintaining tests": a second activity (not "Measuring, monitoring, and ...")
    r"(?<!ing),\s+(?:and|or)\s+(?=[a-z]+ing\b)",
    r"\s+including\b",
    # (round 33) "Shipping features [as part of a small team]" (not the experience's own: "Experience as a member of")
    # (nor the second way of working: "Ability to work both independently and as part of a team")
    r"(?<!experience)(?<!experienced)(?<!\band)(?<!\bor)(?<!\bwork)(?<!\bworking)(?<!\bworks)"
    r"\s+as (?:an? )?(?:part|member) of\b",
    r"\s+(?:every day|daily|day[- ]to[- ]day|on a daily basis)(?=\W*$)",  # "using Rust and Nix every day"
    r"\s+incl\.",
    r"\s+matters? (?:(?:a lot|most|more) )?(?:to us|here|than)\b",  # (round 37) "Incident response [matters to us]"
    r"\s+(?:is|are) non-negotiable\b",
    # (round 38) "Prior maritime experience [is not necessary, but it's an asset]"
    r"\s+(?:is|are) not (?:strictly )?(?:necessary|required|needed|mandatory)\b(?=,? but\b)",
    r"\s+(?:also\s+)?helps(?=\W*$)",  # "Kafka knowledge [helps.]"
    # (round 39) "Exposure to ML systems [is helpful but not required]"
    r"\s+(?:is|are|would be|will be)\s+(?:very\s+|really\s+|also\s+)?(?:helpful|useful|beneficial)\b",
    # (round 39) "… in aviation [would help.]" (not "Tools that will help": what they help with is the name)
    r"(?<!\bthat)(?<!\bwhich)(?<!\bwho)\s+(?:would|will|could|might)\s+(?:also\s+|really\s+)?help(?=\W*$)",
    # (round 39) "Docker et l'intégration continue [serait appréciée.]"
    r"\s+(?:serait|seraient|sera|seront)\s+(?:très\s+|vivement\s+|fortement\s+)?(?:appréciée?s?|un (?:plus|atout))\b",
    r"\s+(?:is|are|would be) (?:also |especially |particularly )?interesting to us\b",
    r"\s+such as\b",
    r"\s+with (?:the|an) ability\b",
    INVITATION_CLOSE,
    # (round 39) what follows the person described: "If you enjoy pairing[, you'll fit right in]"
    r",\s+(?:you(?:'ll| will) (?:fit|love|feel|thrive|do well)|we(?:'d| would) love)\b",
    r"\s+—\s+",
    r"\s+–\s+",
    r"\s+-\s+",
    r"\s+--\s+",  # "PostgreSQL expertise -- but do not let …": a dash typed as two hyphens
    # a waiver after the wish: "... d'Ansible, mais que l'absence de cette expérience ne vous décourage pas", "...,
    # pero que la falta de esta experiencia no te desanime", "..., but don't let the lack of it stop you"
    r",?\s+(?:mais|pero|but|aber|doch)\s+(?:que\s+)?(?:"
    + "|".join((_ABSENCE_FR, _ABSENCE_ES, r"(?:please\s+)?(?:do not|don't) let", _LETTING_DE))
    + r")\b",
    r"\(",
    r"\)",
    r"\be\.g\.",
    r"\bi\.e\.",
    # the same in other spellings and languages: "CI tools, eg GitHub Actions", "Datenbanken, z. B. PostgreSQL"
    r",\s+(?:eg|z\.\s?b\.|zb\.|bspw\.|par ex\.|par exemple|por ejemplo|p\.\s?ej\.|bijv\.|bijvoorbeeld|t\.\s?ex\."
    r"|f\.\s?eks\.|ad es\.|ad esempio|por exemplo|np\.)(?=\s)",
    r"\s+etc\b",
    r"(?<!\byou)(?<!\bwe)(?<!\bthey)\s+like\s",  # "such as", not "you like to ..."
    r"\s+especially\b",
    # a reason given after what is asked: "you care about accessibility [because our users do]", "written for a
    # technical audience[, since you'll document what you build]", "CSS [well enough to build a design system]"
    r"\s+because\b",
    r"\s+(?:is|are|would be|will be) (?:good|nice|great|useful|helpful|handy) to have\b",  # "AWS [is good to have]"
    r"\s+end[- ]to[- ]end\W*$",  # "Owned a data warehouse [end to end]"
    r",\s+since\b",
    # (round 25) how a language is used, after it, in other languages: "Goede beheersing van het Nederlands[, zowel
    # in woord als geschrift]", "[, sowohl in Wort als auch in Schrift]" (English keeps it: "English, both spoken and
    # written", round 19)
    r",\s+(?:zowel|sowohl|både|baade|tanto|à la fois)\s+(?:in\s+)?(?:spoken|written|verbal|oral|mondeling"
    r"|schriftelijk|woord|wort|schrift|tal|skrift|tale|oralement|à l'oral|à l'écrit|por escrito|oral)\w*\b",
    r"\s+(?:really\s+|very\s+)?well enough\b",
    r"\s+as well\b(?! as)",
    r",\s+at least\b",  # "background in Ruby, at least working knowledge"
    r"\s+and (?:to )?be confident\b",  # "Be very comfortable writing in C++ and be confident in your abilities"
    r"\s+particularly\b",
    r",\s+(?:specifically|notably|in particular)\b",  # "CI/CD pipelines, specifically with GitHub Actions"
    # what a thing was made in, and a closing "(also) required": "REST APIs [written in Node/Express]", "Makefiles [also
    # required]" (not "Degree not required", "spoken and written")
    r"(?<!\bservices)(?<!\bapplications)(?<!\bsystems)(?<!\btools)(?<!\bapps)\s+(?:written|built|hosted|implemented)"
    r" (?:in|with|on|using)\b",
    r"(?<!\bnot)(?<!\bno)(?<!strictly)(?<!\bwhere)(?<!\bif)(?<!\bwhen)\s+(?:also\s+)?required\W*$",
    r",\s+(?:[\w+#.-]+\s+){1,4}" + SKILL_WAIVED,  # "Strong Go skills, Kubernetes is not required"
    r"\s+som (?:ska|skal|skall|kommer att|kommer til at|vil)\b",  # "… inom Java som ska ingå i kunds leveransteam"
    # (round 29) "Specialized experience [equivalent to the GS-7 grade level]"
    r"\s+(?:at or )?equivalent to (?:the |a )?(?:gs|gg)-?\d",
    # how long, after the skill: "Java EE under minst 2 år", "Python for at least 3 years", "Java seit 5 Jahren"
    r"\s+(?:under|i|in|for|seit|pendant|durante|depuis) (?:minst |mindst |minimum |at least |mindestens |au moins "
    r"|al menos |over |more than )?\d+\+? (?:år|års|years?|jahren?|ans|años)\b",
    r"\s+ideally\b",
    r"\s+preferably\b",
    r"\s+in the past\W*$",  # (round 30) "You have had strong expertise in Vue in the past"
    r"\s+(?:is|are|would(?: still| also)? be|will(?: still| also)? be) (?:a |an )?(?:added |huge |big |great |real "
    r"|definite |strong |major |strongly |highly )?"
    r"(?:plus|bonus|preferred|desirable|advantage|asset|" + IDEAL + r")",
    # "Experience with Go a plus"
    r"\s+(?:a (?:(?:very |really )?(?:big|huge|definite|real) )?plus|an advantage|a bonus)\W*$",
    # "A talent for writing docs is great."
    r"\s+(?:is|are|would be) " + WISH_INTENSIFIER + r"(?:great|helpful|nice|beneficial)\W*$",
    r"\s+(?:is|are|will be) (?:highly |greatly |much |also )?(?:valued|appreciated)\b",
    r"\s+(?:is|are) (?:essential|important|required|a must|necessary)",
    r"\s+" + NEEDED_TRAIT,  # (round 35) "An eye for detail [is an important quality here]"
    r"\s+(?:serait|sera|est) (?:un (?:" + FR_INTENSIFIER + r" )?(?:plus|atout)|indispensable|requise?)",
    r"\s+(?:wäre|ist|sind) (?:uns )?(?:sehr |besonders )?(?:von vorteil|wichtig|unabdingbar|unerlässlich|ein plus)",
    r"\s+(?:es|son|será|serán|sería) (?:un plus|(?:un|unos) puntos? (?:a favor|favorables?)|imprescindibles?"
    r"|valorad[oa]s?)",
    r"\s+(?:is|zijn|zou) (?:een )?(?:pr[ée]\b|pluspunt|vereist|belangrijk|essentieel)",
    r"\s+(?:är|er|vore|ville være|vil være) (?:det )?(?:en |et |ett )?(?:stor |klar )?"
    r"(?:meriterande|meritterende|fordel|fördel|plus|pluss|bonus|ønskeligt?|önskvärt|ett krav|et krav)\b",
    r"\s+(?:en|of|maar) (?:wil|ben|heb|kun|ga|zoek|wilt|kan) (?:je|jij)\b",  # "Python en wil je met ons ..."
    # Italian, Portuguese, Polish, Finnish: "Kubernetes è un plus", "AWS será um diferencial", "AWS mile widziane"
    r"\s+(?:è|sarà|costituisce|costituirà|rappresenta) (?:un |una )?(?:plus|vantaggio|titolo preferenziale|gradit\w*"
    r"|indispensabile|richiest\w*|fondamentale)\b",
    r"\s+(?:é|será|seria) (?:um )?(?:diferencial|plus|bônus|obrigatório|essencial)\b",
    r"\s+(?:mile widzian\w*|(?:będzie )?(?:dodatkowym |dużym )?(?:atutem|plusem))\b",
    r"\s+(?:katsotaan |luetaan |on )?eduksi\b",
    # Turkish says the frame after the skill: "Kubernetes deneyimi olan" -> "Kubernetes", "PostgreSQL ve Redis
    # konusunda bilgi sahibi" -> "PostgreSQL ve Redis", "Go veya Java ile iyi derecede deneyim" -> "Go veya Java"
    r"\s+(?:konusunda|alan\wnda|deneyimi\w*|deneyim|tecrübe\w*|bilgisi\w*|bilgi sahibi|hakim\w*|bilen|olan"
    r"|tercih (?:sebeb|edil|neden)\w*|ile (?:iyi|ileri|çok iyi|güçlü)|yetkinliği\w*|becerisi\w*)\b",
    # Korean says the frame after the skill: "Kubernetes 운영 경험" -> "Kubernetes", "Python 개발 경력 3년 이상" ->
    # "Python", "PostgreSQL 등 관계형 데이터베이스" -> "PostgreSQL"
    r"\s+(?:(?:개발|사용|운영|실무|구축|설계|도입) )?(?:경험|경력)\w*",
    r"\s+등\b",
    r"\s+(?:에 대한 )?(?:이해|지식|능력)\w*",
    # Czech: "Znalost Kubernetes je výhodou" -> "Kubernetes"
    r"\s+(?:je|bude) (?:výhodou|plus|plusem|podmínkou|nutnost\w*|nutn\w*|vítán\w*)\b",
    r"\s+pref+err?ed\b",
    r"(?<!\bfeel)(?<!\bfeels)\s+(?:highly )?(?:appreciated|welcome)\W*$",  # "experience with Vue appreciated"
    r"\s+(?:is|are|would be|will be) (?:also |very |more than |most |always |highly )?(?:appreciated|welcome)\b",
    r"\s+nice[- ]to[- ]have\b",
    r"\s+desirable\b",
    r",\s+(?:mucho |aún |todavía )?mejor\b",
    r"\s+(?:is|are) how we work\b",
    r"(?<![A-Z])(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)(?<!\betc)\.(?=\s|$)",
    # the end of a sentence after a word (words are matched without case: the rule above cuts after no letter);
    # three word characters before it, so "U.S.", "B.Sc." and "Node.js" are not ends
    r"(?<=\w\w\w)(?<!\betc)\.(?=\s)",
    # "Containerization expertise with Docker": the cut falls after the noun (group "cut").
    r"\b(?:experience|expertise|knowledge|proficiency|familiarity|background|skills)(?P<cut>)"
    r"\s+(?:with|in|of|using|on|across)\b",
)
# Words a short name never ends with ("Cloud platforms experience" -> "Cloud platforms").
NAME_FILLERS: Final = (
    "experience",
    "expertise",
    "knowledge",
    "fundamentals",
    "familiarity",
    "exposure",
    "background",
    "understanding",
)
# A word that only qualifies the filler after it ("work experience"): the name keeps both (besides adjectives
# ending -al, -ic, -ive, -ous, -ful, -ary: "international experience").
NAME_QUALIFIERS: Final = (
    "work",
    "production",
    "industry",
    "field",
    "domain",
    "hands-on",
    "prior",
    "specialized",  # (round 29) a federal posting's "specialized experience"
    "specialised",
    "qualifying",
    "previous",
    "engineering",
    "software",
    "technical",
    "management",
    "teaching",
    "research",
)
# Natural places to shorten a long name: before a preposition (preferred) ...
NAME_PREPOSITIONS: Final = frozenset(
    {
        "for",
        "in",
        "to",
        "of",
        "with",
        "on",
        "at",
        "by",
        "across",
        "using",
        "from",
        "into",
        "under",
        "over",
        "through",
        "within",
        "when",
        "while",
        "that",
        "which",
        "who",
        "where",
        "via",
        "including",
        "pour",
        "dans",
        "avec",
        "sur",
        "en",
        "für",
        "mit",
        "von",
        "bei",
        "zur",
        "zum",
        "auf",
    }
)
# ... or before a conjunction.
NAME_CONJUNCTIONS: Final = frozenset(
    {
        *("and", "or", "&", "as well as", "et", "ou", "und", "oder", "och", "og", "eller", "samt"),
        *("e", "oppure", "lub", "oraz", "albo", "ja", "tai", "ve", "veya", "nebo", "anebo"),
        *("y", "o", "u"),  # Spanish
    }
)
NAME_TRAILING_STOPWORDS: Final = (
    NAME_PREPOSITIONS
    | NAME_CONJUNCTIONS
    | {"a", "an", "the", "le", "la", "les", "de", "des", "du", "der", "die", "das"}
    | {"etc", "e.g", "as"}
    | {"among", "between"}  # (round 32: a name cut before a compound, "Ensuring seamless integration [among] front-")
    | {"our", "your", "their", "its", "my"}  # "Excited to help us create our [process]" -> "... create"
    # a verb that needs what was cut: "How open source communities work is [a plus]", "Testing skills, both [in]"
    | {"is", "are", "be", "being", "been", "can", "could", "should", "must", "will", "would", "both", "about", "not"}
    | {"but"}
    | {"built", "hosted"}  # "Operating applications [hosted on Kubernetes]": what it lost (not "spoken and written")
    | {"hast", "mitbringst", "bist", "kannst", "verfügst", "besitzt", "hast,", "kennst", "beherrschst"}
    | {"before"}  # "Led a small team [before]"
    | {"has", "have"}  # "Dedicated and motivated team player who [has]": a lead-in's verb over its list
    # German puts the verb last: "[Du kennst dich mit] PostgreSQL [aus]", "[mit] Kubernetes [gearbeitet]"
    | {"aus", "gearbeitet", "aufgesetzt", "eingesetzt", "umgesetzt", "aufgebaut", "gebaut", "entwickelt", "betreut"}
    | {"gesammelt", "genutzt", "verwendet", "gemacht", "programmiert", "implementiert", "betrieben", "geschrieben"}
    | {"y", "o", "e", "el", "los", "las", "con", "en", "et", "ou", "und", "oder", "mit"}
    | {"i", "av", "med", "om", "som", "för", "på", "af", "voor", "bij"}  # Nordic, Dutch (not "met": "Deadlines met")
    | {"bouwt", "maakt", "schrijft", "gebruikt", "ontwikkelt"}  # Dutch puts a clause's verb last
)
# a conjunct opening with one of these is a new phrase ("skills and the ability to ..."): parser._whole_conjuncts
NAME_CONJUNCT_OPENERS: Final = frozenset(
    {"the", "a", "an", "as", "le", "la", "les", "der", "die", "das", "el", "los", "las"}
)
NAME_PAIRED: Final = frozenset({"both", "sowohl"})  # "both X and Y" without its Y is "X"
# a conjunct that ends in one of these lost what it is about ("Social skills and ability [to integrate ...]",
# "Self-motivated and willing [to learn]"): parser._whole_conjuncts keeps the first conjunct alone
NAME_NEEDS_COMPLEMENT: Final = frozenset(
    {"ability", "abilities", "able", "willing", "willingness", "interested", "eager", "eagerness", "keen", "desire"}
    | {"capacity", "comfortable", "passionate", "excited", "enthusiastic", "want", "wants"}
)
NAME_MAX_WORDS: Final = 6
# The field a board's one-line header names after the job ("Acme - Senior Software Engineer - Data - Remote"): part of
# the title; a place, the company or the terms are not
TITLE_FIELDS: Final = frozenset(
    {
        "data",
        "platform",
        "payments",
        "infrastructure",
        "backend",
        "back-end",
        "frontend",
        "front-end",
        "full-stack",
        "fullstack",
        "mobile",
        "ios",
        "android",
        "security",
        "ml",
        "ai",
        "machine learning",
        "devops",
        "sre",
        "cloud",
        "growth",
        "search",
        "core",
        "api",
        "apis",
        "web",
        "tooling",
        "observability",
        "reliability",
        "analytics",
    }
)
# Chinese, which writes no spaces between words (so no word list's boundaries hold inside a line): patterns searched
# as they are, only in text that holds Chinese characters
CJK_SOFT: Final = (
    r"沟通|团队合作|团队协作|学习能力|责任心|责任感|自驱|抗压|领导力|表达能力"  # communication, teamwork ...
    r"|溝通|團隊合作|團隊協作|學習能力|自驅|抗壓|領導力|表達能力"  # the same in Traditional Chinese (round 20)
    # Japanese (round 19): communication, teamwork, cooperation, taking the initiative, responsibility, eagerness to
    # learn, leadership, logical thinking, solving problems, curiosity, ownership, bringing people along
    r"|コミュニケーション(?!ツール|基盤)|チームワーク|協調性|主体性|主体的|自主性|自走|責任感|向上心|学習意欲|意欲的|リーダーシップ"
    r"|論理的思考|課題解決|問題解決|課題を発見|好奇心|当事者意識|オーナーシップ|巻き込|調整力|柔軟性|誠実"
)
# Chinese headings, searched inside a run of Chinese characters (which has no word boundaries: "我们眼中的加分项" holds
# "加分项"), in this order: "来我们团队能得到什么" (what you get), "分布式图数据库开发工程师岗位角色描述" (the role),
# "我们需要什么样的人才" (who we need)
CJK_HEADING_TOPICS: Final[tuple[tuple[Topic, str], ...]] = (
    ("other", r"投递|简历|联系方式|工作地点|招聘流程|面试流程"),
    # Japanese: how to apply, the selection steps, the place, the hours, the contract
    (
        "other",
        r"応募方法|応募書類|選考|勤務地|勤務時間|就業時間|雇用形態|契約形態|試用期間|お問い合わせ|面接"
        # who is not sought ("こんな方はご遠慮ください", "向いていない方"), and "no experience needed"
        r"|ご遠慮|向いていない|未経験(?:者)?歓迎",
    ),
    ("benefits", r"福利|待遇|我们提供|能得到什么|你将获得|你会得到|你能获得"),
    ("benefits", r"福利厚生|休日|休暇|手当|働く魅力|ポジションの魅力|得られるもの"),  # Japanese
    ("compensation", r"給与|年収|報酬|月給|薪资|薪酬|薪資"),
    ("company", r"关于我们|公司(?:介绍|简介)|团队介绍|關於我們|公司(?:介紹|簡介)|團隊介紹"),
    ("company", r"会社概要|企業情報|会社紹介|私たちについて|チーム紹介|事業内容|当社について|弊社について|募集背景"),
    (
        "responsibilities",
        r"(?:岗位|工作|职位|角色)(?:职责|内容|描述)|职责描述|(?:你|我们需要你)(?:需要|将要|将会|要)?(?:做什么|负责)",
    ),
    ("responsibilities", r"仕事内容|業務内容|職務内容|担当業務|お任せしたい|具体的な業務"),  # Japanese
    (
        "skills",
        r"(?:任职|岗位|职位|技能|能力|工作)(?:要求|资格)|任职条件|我们(?:希望|期待)你|你需要|我们需要|什么样的人|加分项"
        r"|优先(?:条件|考虑)",
    ),
    # Japanese: required skills or conditions, the conditions to apply, what is sought, welcome skills
    (
        "skills",
        r"必須|応募資格|応募要件|応募条件|求める(?:スキル|経験|人物像|人材|もの)|必要な(?:スキル|経験)|歓迎|尚可"
        r"|こんな方|あると(?:嬉しい|望ましい)|人物像",
    ),
)
# The case endings a technology's name takes in Polish, Finnish and Czech ("Pythona", "Dockerem", "w Javie",
# "Kafką", "Javasta", "TypeScriptistä", "Reactilla"), longest first; after one of ``CASE_ENDINGS_OF_A`` the name may
# have ended in "a" ("Javie", "Javą", "Javy" of "Java")
CASE_ENDINGS: Final = (
    "istä",
    "ista",
    "illa",
    "illä",
    "sta",
    "stä",
    "lla",
    "llä",
    "ssa",
    "ssä",
    "owi",
    "iem",
    "em",
    "ie",
    "ą",
    "ę",
    "a",
    "y",
    "u",
    "n",
)
CASE_ENDINGS_OF_A: Final = frozenset({"ie", "ą", "ę", "y", "u"})
# words the lexicon counts as technical that name no technology of their own (``technology_base``)
GENERIC_HARD_WORDS: Final = frozenset(
    {
        "software",
        "code",
        "coding",
        "program",
        "programming",
        "system",
        "systems",
        "data",
        "database",
        "databases",
        "web",
        "mobile",
        "cloud",
        "backend",
        "frontend",
        "infrastructure",
        "networking",
        "engineering",
        "technical",
        "development",
        "developer",
        "api",
        "apis",
        "container",
        "containers",
    }
)
# More technologies by name, for the lists of the other languages only ("Spring Boot i Hibernate", "Apache Spark e
# Airflow": a list joined by a foreign "and" splits only into technologies; ``HARD_TERMS`` decides English lists too)
NAMED_TECHNOLOGIES: Final = (
    r"spring(?: boot)?|hibernate|rabbitmq|airflow|apache \w+|next\.js|nuxt(?:\.js)?|mongodb|nestjs|laravel|symfony"
    r"|flutter|angular(?:js)?|svelte|fastapi|flask|jest|cypress|playwright|grafana|prometheus|elasticsearch",
    # (round 36) languages, frameworks and tools whose names are no English word ("Ruby, Python und Elixir")
    # (not the short ones a case ending would find in ordinary words: "Perla", "Luan", "Denon" are no Perl, Lua, Deno)
    r"elixir|erlang|haskell|clojure|ocaml|fortran|prolog|smalltalk|verilog|vhdl|drupal|tauri"
    r"|godot|actix|axum|nixos|bazel|gradle|maven|memcached|cassandra|jaeger|zipkin|datadog|solr|flink|avro|keras"
    r"|pulumi|ansible|vagrant|istio|linkerd|nginx|traefik|grpc|protobuf|parquet|dagster|databricks"
    r"|keycloak|redshift",
)
# The verbs a duty opens with ("Build and run our payment APIs"): in a list of duties and requirements together, an
# item opening with one is a duty, whatever technology it names
DUTY_VERBS: Final = frozenset(
    word
    for line in (
        "build design develop maintain own lead run write implement collaborate work drive ensure support manage",
        "create",
        " deliver participate contribute review mentor help improve define operate monitor deploy troubleshoot partner",
        " coordinate plan analyze analyse test document research establish shape scale automate architect champion",
        " communicate present identify evaluate optimize optimise provide take conduct perform prepare translate guide",
        " ship migrate integrate investigate debug set respond triage coach hire grow represent oversee execute",
        # (and the infinitives other languages open a duty with: "Diseñar y mantener APIs REST")
        " diseñar desarrollar mantener liderar colaborar participar implementar progettare sviluppare gestire",
        " collaborare partecipare desenvolver manter projetar entwickeln betreuen konzipieren concevoir développer",
        " maintenir participer facilitate serve",
    )
    for word in line.split()
)
# A heading naming both of these holds the duties and the requirements in one list ("Responsibilities and
# Requirements", "Aufgaben & Profil", "Job description and qualifications"): each item is read by what it says
HEADING_DUTY_WORDS: Final = (
    r"responsibilit\w*|duties|tasks|job description|role description|what you(?:'ll| will) do|aufgaben|the role"
    r"|tâches|responsabilit\w*|responsabilidad\w*|funciones|atribuições|taken|arbetsuppgifter|arbeidsoppgaver"
    r"|mansioni|zadania|tehtävät|obowiązków|náplň práce|iş tan\wm\w",
)
HEADING_NEED_WORDS: Final = (
    r"requirements?|qualifications?|requisit\w*|anforderung\w*|exigences|eisen|vereisten|kvalifika\w*"
    r"|(?:your|candidate|dein|ihr|votre|ton|tuo|seu|teu|twój|jouw|je) profil\w*|profil recherché|profilo ricercato"
    r"|skills?|must-haves?|(?:do|build) and bring|požadavky|vaatimukset|nitelikler"
    r"|krav|wymagania|what you(?:'ll| will) (?:need|bring)|who you are|(?:what|who) we(?:'re| are) looking for"
    r"|what we (?:expect|need)|cerchiamo|chiediamo|oczekujemy|wymagamy|szukamy|esperamos|buscamos|procuramos"
    r"|edellytämme|odotamme|hledáme|očekáváme|ar\wyoruz|beklenti\w*|nous recherchons|wir suchen|erwarten",
)
# Japanese: the person sought (soft skills); not "求める人材" (the people sought), a job board's heading for every
# requirement ("Pythonを使ったプログラミングができる方", "Next.jsの開発経験がある方")
CJK_HEADING_SOFT: Final = r"人物像|人柄|マインド"
CJK_HEADING_DUTY_WORDS: Final = r"职责|工作内容|职位描述|岗位描述|仕事内容|業務内容|職責|工作內容|職位描述|職務內容"
CJK_HEADING_NEED_WORDS: Final = r"要求|资格|任职条件|必須|応募資格|求める|資格|任職條件"
# What a Chinese requirement line says: "熟悉" (familiar with), "精通" (expert in), "掌握" (has mastered), "了解"
# (knows), "熟练" (skilled), "经验" (experience), "能力" (ability), "学历"/"本科" (degree), "优先" (preferred)
CJK_REQUIREMENT_CUES: Final = (
    r"熟悉|精通|掌握|了解|熟练|经验|能力|学历|本科|以上|优先|良好|具备|具有"
    # Japanese: experience, knowledge, skill, "someone who can / who has", understanding, hands-on work, welcome
    r"|経験|知識|スキル|できる方|ある方|な方|理解|実務|得意|歓迎|尚可"
)
# The thesaurus in Chinese, searched inside runs of characters (services/linking.py): the English words a
# catalogue skill is described with (round 18)
CJK_CONCEPTS: Final[tuple[tuple[str, str], ...]] = (
    # (Simplified characters, then Traditional ones: "沟通|表达能力|溝通|表達能力")
    (r"沟通|表达能力|溝通|表達能力", "communication"),
    (r"团队合作|团队协作|协作|合作精神|團隊合作|團隊協作|協作", "collaboration"),
    (r"学习能力|自学|學習能力", "learning"),
    (r"领导力|带领团队|团队管理|領導力|帶領團隊|團隊管理", "leadership"),
    (r"解决问题|问题解决|排查问题|定位问题|解決問題|問題解決|排查問題", "problem-solving troubleshooting"),
    (r"数据库|MySQL|SQL|資料庫|數據庫", "database sql"),
    (r"分布式|分散式|分佈式", "distributed systems"),
    (r"微服务|微服務", "microservices apis"),
    (r"云计算|云平台|云原生|公有云|雲端|雲計算|雲平台|雲原生", "cloud"),
    (r"容器", "containers"),
    (r"网络协议|网络编程|计算机网络|网络|網路|網絡", "networking"),
    (r"信息安全|网络安全|安全|資訊安全|資安|網路安全", "security"),
    (r"自动化测试|单元测试|测试|自動化測試|單元測試|測試", "automated tests"),
    (r"机器学习|深度学习|機器學習|深度學習", "machine learning"),
    (r"前端", "frontend web development"),
    (r"后端|服务端|後端", "backend programming"),
    (r"编程|程式設計|程式開發|編程", "programming"),
    (r"性能优化|性能调优|高性能|高并发|效能|性能優化|高併發", "performance"),
    (r"监控|監控", "observability monitoring"),
    (r"架构|架構", "software design architecture"),
    (r"数据分析|数据可视化|可视化|數據分析|資料分析|視覺化", "data analysis visualization"),
    # Japanese (round 19)
    (r"コミュニケーション(?!ツール|基盤)", "communication"),
    (r"チームワーク|協調性|チーム開発|協業|連携|協力して|協力し合", "collaboration"),
    (r"学習|キャッチアップ|向上心", "learning"),
    (r"リーダーシップ|(?<!ピープル)(?<!プロジェクト)マネジメント|チームを率い", "leadership"),
    (r"ピープルマネジメント|メンバーの育成|部下の育成|1on1", "people management"),
    (r"プロジェクトマネジメント|プロジェクト管理|進行管理", "project delivery management"),
    (r"課題解決|問題解決|課題を発見|トラブルシュート|トラブルシューティング", "problem-solving troubleshooting"),
    (r"データベース", "database sql"),
    (r"分散システム|分散処理", "distributed systems"),
    (r"マイクロサービス", "microservices apis"),
    (r"クラウド", "cloud"),
    (r"コンテナ", "containers"),
    (r"ネットワーク", "networking"),
    (r"セキュリティ", "security"),
    (r"テスト自動化|自動テスト|単体テスト|(?<![A-Za-z/負荷])テスト(?!設計)", "automated tests"),
    (r"ABテスト|A/Bテスト|効果検証", "experimentation statistics"),
    (r"負荷テスト|パフォーマンスチューニング", "performance load testing"),
    (r"テスト設計|テスト計画|品質保証", "test strategy planning"),
    (r"機械学習|深層学習|ディープラーニング", "machine learning"),
    (r"フロントエンド", "frontend web development"),
    (r"バックエンド|サーバーサイド", "backend programming"),
    (r"プログラミング|開発経験", "programming"),
    (r"パフォーマンス|性能|高負荷", "performance"),
    (r"監視|モニタリング", "observability monitoring"),
    (r"(?<!データベース)(?<!テーブル)(?<!テストの)(?<!テスト)設計|アーキテクチャ", "software design architecture"),
    (r"テーブル設計|データベース設計|データモデリング", "database data modeling"),
    (r"データ分析|可視化", "data analysis visualization"),
    (r"インフラ", "infrastructure"),
    (r"責任感|当事者意識|オーナーシップ|やり遂げ|责任心|责任感", "ownership accountability"),
    (r"アクセシビリティ", "accessibility"),
    (r"ユーザー視点|ユーザー目線|顧客視点|お客様視点", "customers users"),
    (r"チームで(?:の)?開発", "collaboration"),
    # (round 21) acting on one's own judgement; working smoothly with the people around
    (r"自ら考え|自ら行動|自発的", "ownership accountability"),
    (r"周囲と|円滑|やり取り", "communication collaboration"),
)
CJK_TITLE_NOUNS: Final = (
    r"工程师|架构师|开发者|研究员|经理|专家"  # "后端开发工程师", "Rust 工程师" (searched inside words)
    r"|エンジニア|デベロッパー|プログラマー|アーキテクト|マネージャー|スペシャリスト|デザイナー"  # Japanese
)
CJK_NICE: Final = (
    r"优先(?!级)|優先(?!級)|加分"  # "有开源项目经验者优先" (preferred), "是加分项" (a plus); not "优先级" (priority)
    # Japanese: welcome, better still, favoured, desirable, "nice if you have" (not "未経験歓迎": no experience needed)
    r"|(?<!未経験)(?<!未経験者)歓迎|尚可|優遇|望ましい|あると(?:嬉しい|望ましい|尚可)"
)
# A Japanese requirement's name (parser.short_name): what it says around the skill. "・Dockerの利用経験" (experience of
# using Docker) is "Docker"; "Goを用いたAPI開発の経験" (experience of API development using Go) is "API開発（Go）";
# "主体的に行動できる方" (someone who can act on their own initiative) is "主体的に行動"
JA_NAME_TRAILERS: Final = (
    r"(?:の|での)?(?:実務|業務|利用|使用)?経験(?:\d+年以上)?(?:者|が?ある方|のある方|をお持ちの方)?"
    r"|(?:に関する|についての|に対する|への|の)(?:基礎|基本的な|深い|幅広い)?(?:知識|理解)(?:がある方|のある方)?"
    r"|(?:が|を)?(?:できる|ある|お持ちの|持っている|持つ)方|な方|方"
)
# a Japanese requirement that describes the person sought ("素直で前向きな方", "自ら考えて行動できる方": someone who …),
# naming nothing technical, is a soft skill (``parser._kind``)
JA_PERSON: Final = r"(?:な|る|の|た|い|で)方\W*$"
JA_TECHNICAL: Final = (
    r"経験|知識|開発|設計|運用|構築|プログラミング|スキル|技術|エンジニア|資格|言語|フレームワーク|インフラ|データ|テスト|実装"
    r"|コード|システム|サーバー|ツール|環境"
)
JA_NAME_USING: Final = r"を(?:用いた|使った|使用した|利用した|活用した)"  # "X を用いた Y": Y, done with X
JA_NAME_OPENERS: Final = r"^(?:\d+年以上の?|実務経験\d+年以上の?)"  # "3年以上の" (three years or more of)
# the résumé (how to apply), the statutory benefits; in Japanese the CV, the work history, social insurance, travel
# costs
CJK_BOILERPLATE: Final = (
    r"简历|五险一金|社会保険完備|交通費(?:全額)?支給|(?:履歴書|職務経歴書)(?:・職務経歴書)?(?:を|の)?(?:送付|お送り|提出|ご提出)"
    # what is not asked: "学歴不問" (no education requirement), "未経験者歓迎" (no experience needed),
    # "必須ではありません" (not required)
    r"|(?:学歴|年齢|経験|性別|国籍|職種|業種)不問|未経験(?:者)?(?:歓迎|可|OK)|必須ではありません|必須ではない"
)
# A name that says only what kind of thing is asked for: when the requirement gives examples ("tools like Terraform
# and Kubernetes"), they name it instead
NAME_GENERIC_HEADS: Final = frozenset(
    {
        "tools",
        "tooling",
        "technologies",
        "technology",
        "languages",
        "programming languages",
        "frameworks",
        "libraries",
        "platforms",
        "systems",
        "products",
        "solutions",
        "software",
        "stacks",
        "tech stacks",
        "things",
        "use tools",
        "use technologies",
        "standards",
        "protocols",
        "formats",
        "regulations",  # (round 28) "Knowledge of directly related regulations such as GDPR" -> "GDPR"
        "certifications",
        # (round 38) "applications such as Python, C/C++ or Java", "packages such as SPSS", "databases like Redis"
        "applications",
        "packages",
        "environments",
        "databases",
    }
)
# (round 38) the words of a requirement's framing, not of what it asks: a repeat of a skill that says only these
# besides its name says nothing new (parser ``_without_repeats``)
FRAMING_WORDS: Final = frozenset(
    (
        *("a", "an", "the", "and", "or", "of", "in", "on", "at", "for", "to", "with", "by", "as", "use", "used"),
        *("using", "is", "are", "be", "been", "being", "am", "i", "we", "you", "your", "our", "us", "someone"),
        *("who", "that", "have", "has", "had", "having", "know", "knows", "bring", "can", "should", "would"),
        *("will", "must", "also", "experience", "experienced", "knowledge", "skills", "skill", "background"),
        *("exposure", "command", "fluency", "familiarity", "familiar", "proficiency", "proficient", "expertise"),
        *("understanding", "comfortable", "fluent", "required", "require", "requires", "requirement", "essential"),
        *("mandatory", "preferred", "plus", "nice", "ability", "able", "looking", "seeking", "want", "need"),
        *("needs", "ideally", "working", "work", "professional", "years", "year", "least"),
    )
)
# names their makers write in lower case: a short name keeps them so ("dbt", not "Dbt")
LOWER_CASE_NAMES: Final = frozenset(
    {"dbt", "npm", "pnpm", "jq", "pandas", "scikit-learn", "pytest", "systemd", "tmux", "nginx", "k3s", "k9s", "vcpkg"}
)

# --- salary ---------------------------------------------------------------------
CURRENCY_SYMBOLS: Final = {
    "US$": "USD",
    "CA$": "CAD",
    "C$": "CAD",
    "AU$": "AUD",
    "A$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
}
CURRENCY_CODES: Final = (
    "USD",
    "EUR",
    "GBP",
    "CAD",
    "AUD",
    "CHF",
    "JPY",
    "INR",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "NZD",
    "SGD",
    "HKD",
)
SALARY_WORDS: Final = (
    r"salary",
    r"compensation",
    r"pay",
    r"base",
    r"ote",
    r"wage",
    r"rémunération",
    r"salaire",
    r"gehalt",
    r"vergütung",
)
PERIODS: Final[tuple[tuple[Literal["hour", "month", "year"], tuple[str, ...]], ...]] = (
    (
        "hour",
        (
            r"/\s?h(?:ou)?r\b",
            r"/h\b",
            r"per hour",
            r"hourly",
            r"an hour",
            r"par heure",
            r"de l'heure",
            r"pro stunde",
            r"stündlich",
        ),
    ),
    (
        "month",
        (
            r"/\s?mo(?:nth)?\b",
            r"per month",
            r"monthly",
            r"a month",
            r"par mois",
            r"pro monat",
            r"monatlich",
            r"mensuel\w*",
        ),
    ),
    (
        "year",
        (
            r"/\s?y(?:ea)?r\b",
            r"per (?:year|annum)",
            r"annual(?:ly)?",
            r"a year",
            r"yearly",
            r"p\.?a\.?",
            r"par an",
            r"annuel\w*",
            r"pro jahr",
            r"jährlich",
        ),
    ),
)


def compile_words(patterns: Sequence[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``patterns`` as whole words (see ``jd/matching.py``)."""
    return alternation(patterns, before=r"(?<!\w)", after=r"(?!\w)", flags=re.IGNORECASE)


def normalise(text: str) -> str:
    """Lower-case text with typographic apostrophes made plain, for matching."""
    lowered = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    # Turkish "İ" lower-cases to "i" and a combining dot (one letter more): "İngilizce" is "ingilizce"
    return lowered.replace("i\u0307", "i") if "\u0130" in text else lowered


# --- linking to the catalogue -------------------------------------------------------
# A thesaurus, not a list of catalogue skills: other phrasings and other languages of
# common requirement words, mapped to the plain English words catalogue skills are
# described with (their names, keywords and definitions, read from the database).
# (regular expression over the lower-cased requirement, English words it stands for)
CONCEPTS: Final[tuple[tuple[str, str], ...]] = (
    (r"docker|containers?|contain[ae]ri[sz]\w*|oci|podman|conteneurs?", "containers"),  # ("containarise", misspelt)
    (r"k8s|helm|cka|ckad", "kubernetes"),  # (round 27: the Kubernetes certifications)
    (r"rhce|rhcsa|lfcs|lpic(?:-?[123])?", "linux"),  # (round 27: the Linux administrators' certifications)
    (
        r"blog\w*|articles?|tech talks|talks|conferences?|white ?papers?|rédaction|redaction|storytelling",
        "writing presentations",
    ),
    (
        r"communicat\w*|verbal\w*|oral|spoken|english|anglais|englisch|inglés|ingles|kommunikation\w*|"
        + COMMUNICATING_DE_NL_SV
        + r"|kommunikasjon|kommunikasjonsevner?|engelska|engelsk",  # (not "kommunikasjonsprotokoller")
        "communication",
    ),
    (
        r"(?:fluent|fluency|proficient|native|business[- ]level) (?:in )?(?:\w+ )?(?:french|german|spanish|dutch"
        r"|portuguese|italian|polish|swedish|danish|norwegian|finnish|japanese|mandarin|cantonese|arabic|hindi|welsh|irish)"
        r"|(?:french|german|spanish|dutch|portuguese|italian|polish|welsh|irish) (?:language|speaker|fluency)",
        "communication",
    ),
    (r"código|programação", "programming code"),
    (
        r"written|writing|écrit\w*|schriftlich\w*|documentation|document|texte?|schreib\w*|rédig\w*|redact\w*"
        r"|escrit\w*|content(?= (?:creation|erstell\w*|für|for))"
        r"|writes? (?:clearly|concisely|precisely|well(?![\w-])|thoughtfully)",  # "You write clearly" (round 21)
        "written documentation",
    ),
    (
        r"organi[sz]ational skills|organi[sz]ed|zeitmanagement|time management|gestion du temps|deadlines?"
        r"|"
        + KEEPING_TO_TIME
        + r"|multitask\w*|plusieurs projets|(?:veel|meerdere|verschillende) projecten tegelijk\w*",
        "time management prioritization",
    ),
    # working with people elsewhere: "colleagues in other time zones", "asynchronously" (not time management)
    (r"(?:other|different|multiple|many|several|across|distant) time ?zones?|asynchronous(?:ly)?", "collaboration"),
    (
        r"collaborat\w*|work(?:ing)? closely|cross[- ]team|cross[- ]functionally|other teams|other parts of the"
        r" organi[sz]ation|faculty"
        r"|researchers|zusammenarbeit|schnittstelle|interdisciplin\w*|multi-?disciplin\w*|cross-disciplin\w*"
        r"|partners?|colleagues|kolleg\w*"
        r"|team ?players?|(?:travail\w*|trabaj\w*) en (?:groupe|grupo|équipe|equipo)|gruppenarbeit|teamarbeit"
        r"|teamspeler\w*|samenwerk\w*|co-?operation|co-ordination|touch(?:ing)? base|im team\b"
        r"|samarbete|samarbets(?:förmåga|vilja)|samarbeid|samarbeids(?:evner?|vilje)|samarbejde|samarbejds(?:evner?|vilje)"
        r"|lagspel\w*|lagspiller\w*|holdspiller\w*|"
        + TEAM_WORK_NORDIC_DUTCH
        # (round 24) "Works well with others", "a real team-working spirit", "teamwork"
        + r"|work(?:s|ing)? well (?:together )?with|team[- ]?work(?:ing)?"  # (round 34: well with anyone)
        # (round 25) "a team spirit"; working with people who are not the team ("volunteer sysadmins", "researchers")
        + r"|team[- ]spirit|work(?:ing|s)? (?:closely |directly )?with (?:\w+ ){0,2}(?:volunteers|researchers"
        + r"|scientists|partners|colleagues|sysadmins|administrators|designers)\b",
        "collaboration",
    ),
    (
        r"multicultural|cultures|diverse|diversity|inclusi\w*|backgrounds|belonging|équité|equidad|equity"
        r"|chancengleichheit",
        "diversity inclusion",
    ),
    # (round 24) accessibility said in Dutch, German, French, Spanish, Swedish, Norwegian
    (
        r"toegankelijk\w*|barrierefrei\w*|accessibilité|accesibilidad|tillgänglighet\w*|universell utforming"
        r"|tilgjengelighet\w*",
        "accessibility",
    ),
    # (round 24) "Sensitivity to patients' needs": empathy, whoever the people are
    # (people's needs: not "Sensitive to detail when reviewing code")
    (
        r"sensitiv\w* to (?:\w+ ){0,2}?(?:stakeholders|users|customers|clients|colleagues|people|others|needs|cultures?"
        r"|cultural|feelings|concerns|patients)|empath\w*|compassion\w*",
        "empathy",
    ),
    (
        r"mentor\w*|encadr\w*|growing (?:people|engineers|others)|grow (?:people|engineers)|coach\w*|junior"
        r"|career development"
        r"|teach\w*|spread\w* (?:\w+ )?knowledge|shar\w* (?:\w+ )?knowledge|knowledge[- ]sharing"
        # guiding and training people: "guidance to less experienced team members", "education or training"
        r"|guid\w* (?:to )?(?:\w+ ){0,2}(?:less|lesser|more junior|newer|other|fellow)\b|help (?:others|colleagues)"
        r"|education or training"
        r"|"
        + TRAINING_PEOPLE  # (round 35: the same people as the kind's, "Experience training new engineers")
        + r"|formaci[oó]n|capacitaci\w*|formateur|schulung\w*|"
        + SHARING_KNOWLEDGE,
        "mentoring coaching",
    ),
    (
        r"figur\w* (?:things|it) out|solution[- ]oriented|problem\w*|debug\w*|troubleshoot\w*|diagnos\w*"
        r"|analytical|analytique|analytisch\w*|analític\w*|résoudre|problèmes?|methodisch\w*|issues"
        r"|resourceful\w*|complex questions|(?:connect|link)\w* between|probleemoplos\w*"
        r"|(?:think\w*|out)\w* outside (?:of )?the box",  # (round 25)
        "problem-solving troubleshooting debugging",
    ),
    (
        r"learn\w*|curio\w*|neugier\w*|new tools|new technolog\w*|nouveaux outils|nouvelles technologies"
        r"|(?:become|get|getting|becoming) (?:comfortable|familiar|up to speed) with|ramp(?:ing)? up"
        r"|self[- ]taught|keen(?! (?:listener|eye|observer|ear|sense|attention|interest|understanding))"
        r"|veille|apprendre|aprender|lernbereit\w*|lernfreude|lernen|neugierde|einarbeit\w*",
        "learning",
    ),
    # adapting to change is adaptability; learning is not (it was both, and "learn new tools" linked to
    # adaptability in ambiguity, whose name holds the word)
    (r"adapt\w*|fast[- ]moving|fast[- ]paced|agile", "learning adaptability"),
    (
        r"lead(?:ing)?(?= (?:a |the |our )?(?:[\w/-]+ )?teams?)|led(?= (?:a |an |the )?(?:[\w/-]+ )?teams?)|leadership"
        r"|tech lead|technical direction|guide (?:the )?team|inspir\w*|(?:push|drive|driv|mov)\w* (?:\w+ ){0,2}forward"
        # (round 29) "Direct the work of a software development team"
        r"|direct(?:s|ing)? the (?:day-to-day )?work(?= of\b|\W*$)",
        "leadership",
    ),
    (LEADING_WORK, "technical leadership"),  # leading development, initiatives, projects
    (r"strateg\w*|vision|roadmap|long[- ]term", "strategy"),
    (r"stakeholders?|senior leaders|non[- ]technical|audiences|advis\w*|customers?|clients?", "stakeholders"),
    (
        r"ruby|rails|haml|python|golang|go|java|typescript|javascript|php|c\+\+|rust|scala|kotlin|swift|elixir"
        r"|c#|f#|\.net|asp\.net|dotnet|haskell|ocaml|erlang|clojure|perl|lua|dart|julia|objective-c"
        r"|scripting|back[- ]?end|front[- ]?end|full[- ]?stack|codebases?|code bases?|clean code\w*|jvm|guice"
        r"|dependency injection"
        r"|(?:efficient|maintainable|readable|idiomatic|robust|performant|high[- ]quality|quality|production|managed"
        r"|testable|well[- ]structured|well[- ]tested|pragmatic|elegant|simple) code"
        r"|software (?:development|engineer\w*)|developing software|développement|entwicklung|programmier\w*"
        r"|desarrollo|langages?|sprachen?"
        # (round 24) "Can write new libraries and frameworks": writing them is programming
        r"|(?:writ|build|develop|creat)\w* (?:new |reusable |internal |our own )?(?:frameworks|libraries|sdks)",
        "programming coding",
    ),
    (
        r"sql|sqlite|requêtes|queries|query|data retrieval|entreposage|warehous\w*|stockage|datenbank\w*"
        r"|bases? de données",
        "database sql",
    ),
    # data stores and the libraries that reach them, by name (round 19: "ORMs", "MyBatis", "Elasticsearch" linked
    # nowhere): object-relational mappers, search engines, other databases
    (
        r"orms?|object[- ]relational mapp\w*|hibernate|jpa|mybatis|sqlalchemy|active ?record|prisma|sequelize"
        r"|typeorm|entity framework|ef core|doctrine|jooq|knex|elasticsearch|opensearch|solr|lucene|mariadb"
        r"|sql server|mssql|couchdb|couchbase|neo4j|graph databases?|clickhouse|cockroachdb"
        # (Oracle alone is its database; not its cloud, its Java or its business suites)
        r"|oracle(?: database| db)?(?! cloud| java| jdk| linux| fusion| e-business| ebs| erp| netsuite)"
        r"|timescaledb|influxdb|firestore|firebase realtime database|scylladb|tidb|vitess"
        # (round 28) more stores by name: in-memory ones and key-value stores
        r"|tarantool|aerospike|keydb|dragonflydb|hazelcast|foundationdb|rocksdb|leveldb|riak|yugabyte(?:db)?",
        "database",
    ),
    # threads and what runs at once: concurrency is performance work
    (
        r"multi[- ]?thread\w*|concurren\w*|parallelism|lock[- ]free|thread[- ]safe\w*|async(?:hronous)? programming"
        r"|paralleli[sz]\w*",  # (round 33) "parallelisation technologies", "parallelized code"
        "performance concurrency",
    ),
    # logging libraries are observability: "SLF4J", "Log4j", "Logback", "Serilog"
    (r"slf4j|log4j2?|logback|serilog|nlog|winston|structured logging", "observability logging"),
    # test frameworks by name
    (
        r"testng|junit\d?|pytest|rspec|minitest|mocha|jasmine|xunit|nunit|mstest|phpunit|vitest|karma|spock"
        r"|testcontainers|mockito",
        "automated tests",
    ),
    (
        r"infonuagique|nuage|cloud|aws|azure|gcp|amazon web services|google cloud(?: platform)?|microsoft azure",
        "cloud",
    ),
    # an API of the web is an API: "web APIs" is one thing named, not web (front-end) work plus APIs
    (
        r"(?:web|rest(?:ful)?|http|json|public|third[- ]party) apis?|apis?|json|application programming interfaces?",
        "apis",
    ),
    (
        # (round 30: profiling, not a candidate's "profil")
        r"load[- ]test\w*|latency|profil(?:ing|er|ers|ed|age)|profiles? (?:and \w+ )?(?:the |our |your )?(?:[\w-]+ )?"
        r"(?:code|app\w*|services?|queries|programs?|workloads?)|optimi[sz]\w*|leistung|mechanical sympathy|hpc"
        r"|high[- ]performance"
        r" computing|parallel (?:computing|programming)",
        "performance",
    ),
    # (round 33) what carries much traffic is built for throughput: "high-traffic web products", "high-load services"
    (r"high[- ](?:traffic|load)\b", "performance throughput"),
    (
        r"deep learning|machine learning|maschinell\w*|apprentissage (?:automatique|profond)|ai|ml|nlp"
        r"|natural language processing|computer vision"
        # (round 27: "machine" alone says nothing, these do)
        r"|machine (?:translation|vision|perception|intelligence|learned|learnt|reading|comprehension)"
        r"|artificial intelligence|intelligence artificielle|künstliche\w* intelligenz|inteligencia artificial"
        r"|aprendizaje (?:automático|profundo)|data scien\w*|science des données|ciencia de datos",
        "machine learning",
    ),
    (
        r"etl|data engineering|big data|pipelines? de données|datenpipelines?|pipelines? de datos"
        r"|ingénierie des données"
        r"|ingeniería de datos",
        "data engineering pipelines",
    ),
    (r"modélisation|modeling|modelling|modellierung|modelado", "modeling"),
    (r"données|daten|datos", "data"),
    (
        r"dev ?[- /]? ?ops|deploy\w*|déploi\w*|automat\w*|ci/cd|ci|cd|github actions|gitlab|release process\w*"
        # (round 30: "Dev/Ops"; "Haskell packaging")
        r"|releases?|opérations de développement|feature (?:flags?|toggles?)|(?:software|platform[- ]dependent|haskell"
        r"|python|java|npm|cargo|conda|binary|release|application|app) packaging",
        "ci cd automation deployment",
    ),
    (
        r"site reliability|sre|on[- ]call|astreinte|incidents?|bereitschaft|fiabilité des sites"
        r"|fires? (?:handling|triag\w*)"
        r"|fiabilidad de (?:los )?sitios",
        "reliability incident",
    ),
    (
        r"vulnerab\w*|security|sécurité|sicherheit\w*|authenti\w*|oauth|oidc|code signing|supply[- ]chain"
        r"|cryptograph\w*|threat|cyber\w*"
        r"|well[- ]patched|(?:security )?patch(?:ing|ed)\b|patch management"  # (round 25) systems kept patched
        # (round 27) security certifications and regulations: "Certification of CISSP, CISM or CCSP"
        r"|cissp|cism|cisa|ccsp|crisc|oscp|osce|gsec|gcih|giac|hipaa|hitrust|fedramp",
        "security",
    ),
    (
        r"at scale|scalab\w*|skalier\w*|large[- ]scale|distributed systems?|systèmes distribués",
        "distributed scalability",
    ),
    (r"monitoring|logging|observab\w*|überwachung|alert\w*|metrics|tracing", "observability monitoring"),
    (r"terraform|puppet|ansible|chef|declarative infrastructure|pulumi|salt[- ]?stack", "infrastructure as code"),
    (
        r"kafka|rabbitmq|message queues?|pub/sub|event[- ]driven|xmpp|webrtc|websockets?|mqtt"
        r"|real[- ]time communications?(?! skills)",
        "streaming messaging",
    ),
    (r"negotiat\w*|vendors?|contracts?|procurement", "negotiation vendor"),
    # technical words as French, German and Spanish postings name them
    (r"conteneuris\w*|containerisierung|contenedor\w*|contenerizaci\w*", "containers"),
    (r"supervision|métrologie|überwachung\w*|monitoreo|monitorización", "observability monitoring"),
    (
        r"haute disponibilité|hochverfügbar\w*|alta disponibilidad|disponibilité|verfügbarkeit|continuité de service",
        "reliability incident availability",
    ),
    (r"tests? de charges?|montée en charge|lasttest\w*|pruebas de carga|rendimiento", "performance load testing"),
    (
        r"intégration continue|déploiement continu|livraison continue|kontinuierliche integration"
        r"|integración continua|despliegue continuo",
        "ci cd automation deployment",
    ),
    (r"nube|wolke|cloud-?plattform\w*", "cloud"),
    (r"base de datos|bases de datos|datenbanken?", "database sql"),
    (
        r"infrastructure (?:as|en tant que) code|infrastruktur als code|infraestructura como código",
        "infrastructure as code",
    ),
    (
        r"files? de messages|nachrichtenwarteschlang\w*|colas de mensajes|flux de données|streaming",
        "streaming messaging",
    ),
    (
        r"langages? de programmation|programmiersprachen?|lenguajes? de programación|logiciels?|desarrollador\w*"
        r"|développeu\w*|entwickler\w*|codage|programación|programmation",
        "programming coding software development",
    ),
    (r"architecture logicielle|softwarearchitektur|arquitectura de software", "software design architecture"),
    (
        r"systèmes distribués|verteilte\w* system\w*|sistemas distribuidos|évolutivité|escalabilidad|escalable\w*",
        "distributed systems scalability",
    ),
    (
        r"microservicios|microservices|mikroservices|schnittstellen\w*|interfaces de programmation|api-\w+",
        "microservices apis",
    ),
    (r"dezentral\w*|décentralis\w*|descentraliz\w*|decentrali[sz]\w*|verteilt\w*", "distributed systems"),
    (r"seguridad|sécuris\w*|ciberseguridad|cybersécurité|datenschutz|protection des données", "security privacy"),
    (r"conformité|cumplimiento|normativ\w*|réglementa\w*|regulatori\w*", "compliance"),
    (r"réseaux?|netzwerk\w*|redes", "networking"),
    # embedded software is programming, not the embeddings of language models ("3+ years of embedded C")
    (
        r"embedded (?:c|c\+\+|rust|linux|systems?|software|firmware|devices?|development|programming|engineering)"
        r"|firmware|micro-?controllers?|rtos",
        "programming coding",
    ),
    # Swedish, Norwegian, Danish (round 17)
    (r"frontend(?:utvikling|utveckling|udvikling|utvikler|utvecklare|udvikler)", "frontend web development"),
    # (round 20, from lines of our own) agile work, APIs, owning, solution-minded, microservices, events,
    # accessibility, sharing knowledge, performance, data platforms, managing people, leading technically
    (
        r"(?:smidig|agil)\w* (?:utvikling|utveckling|udvikling|metod\w*|team\w*|arbetssätt|arbeidsform\w*)"
        r"|smidige? metoder|smidiga metoder",
        "agile scrum delivery",
    ),
    (r"api-?er\b|api-?ene\b|api:er\b|api:erna\b|grensesnitt\w*|gränssnitt\w*|snitflade\w*", "apis api design"),
    (
        r"tar ansvar|ta ansvar|tager ansvar|ansvarsfull\w*|ansvarsbevisst\w*|ansvarsbevidst\w*",
        "ownership accountability",
    ),
    (r"løsningsorienter\w*|lösningsorienter\w*|oplossingsgericht\w*", "problem-solving"),
    # (round 34, from lines of our own) partnering with other disciplines, owning outcomes, putting models into
    # production: "Partnering with product and design", "Owning outcomes end to end", "Deploying and monitoring
    # models in production"
    (PARTNERING_WITH, "collaboration"),
    (OWNING_OUTCOMES, "ownership accountability"),
    (
        r"(?:deploy\w*|serv(?:e|es|ing)|monitor\w*|operat(?:e|es|ing))(?: and \w+)? (?:(?:ml|machine[- ]learning|ai) )?"
        r"models\b(?! of\b)",
        "mlops model deployment",
    ),
    # (round 34, ours too) bugs and their causes, planning capacity, cloud spending, secrets kept
    (r"bugs?|root[- ]caus\w*", "debugging troubleshooting"),
    (r"capacity planning|plan(?:s|ned|ning)? (?:for )?capacity", "performance throughput capacity"),
    (
        r"cloud (?:spend\w*|bills?|budgets?|expenses?)|(?:spend\w*|bills?|budgets?) (?:on|for) (?:the )?cloud",
        "cloud costs",
    ),
    # (secrets and credentials as a system keeps them, not "the secrets of good design" nor a person's credentials,
    # their qualifications)
    (
        r"secrets (?:and|or|&) (?:credentials|keys|tokens)|secrets? (?:management|handling|rotation|storage|manager)"
        r"|(?:handl|manag|stor|rotat|protect|keep)\w* (?:\w+ ){0,2}(?:secrets|credentials|api keys)",
        "secrets management",
    ),
    (r"verhandlungssicher\w*", "communication fluent"),  # "Verhandlungssichere Deutschkenntnisse": fluent German
    (
        r"opentelemetry|otel|(?:code|application|service|software) instrumentation"
        r"|instrument(?:s|ed|ing)? (?:\w+ ){0,2}(?:services?|code|applications?)",
        "observability tracing metrics",
    ),
    (r"change data capture|debezium", "data pipelines streaming"),
    # ways of working said by their circumstance: many hats, shifting priorities, one's own workload, heated talks,
    # dependencies between teams, what users go through
    (
        r"wear(?:s|ing)? (?:many|multiple|several|different|a lot of) hats|shifting priorities|changing priorities"
        r"|(?:priorities|plans) (?:can |may |often |will |that |constantly |frequently )?(?:shift|change)\w*",
        "adaptability ambiguity",
    ),
    (r"(?:your|their|one's) own workload|estimat\w* (?:the )?(?:effort|work)\b", "time management prioritization"),
    (
        r"heated (?:discussions?|debates?|arguments?|conversations?|moments?)|(?:discussions|debates) get heated"
        r"|disagreements?(?![\w-]| protocols?)|disagree(?:s|ing)?(?![\w-])",
        "conflict resolution",
    ),
    (r"cross[- ]team dependenc\w*|dependencies (?:across|between) teams", "delivery management coordination"),
    (r"user journeys?", "product sense"),
    # what grows: "services that scale to millions of users", "systems that handle millions of requests", "at scale"
    (
        r"scal(?:e|es|ed|ing) (?:to|up|out|horizontally|beyond)\b"
        r"|at (?:large |massive |global |web |internet )?scale\b"
        r"|(?:millions|billions) of (?:users|requests|customers|events|transactions|messages)",
        "scalability",
    ),
    (r"mikrotjenest\w*|mikrotjänst\w*|mikroservice\w*", "microservices apis"),
    (
        r"hendelsesdrevet\w*|händelsedriven\w*|hændelsesdrevet\w*|ereignisgesteuert\w*|eventgesteuert\w*"
        r"|ereignisgetrieben\w*",
        "event-driven streaming messaging",
    ),
    (
        r"universell utforming|digital tilgjengelighet|(?:digital |webb)tillgänglighet|(?:digital |web)tilgængelighed",
        "accessibility",
    ),
    (
        r"dele (?:kunnskap|viden|erfaring\w*)|dela (?:med sig av )?kunskap|lære bort|lära ut|videndeling"
        r"|kunnskapsdeling|kunskapsdelning|wissensvermittlung|wissen (?:zu )?teilen",
        "mentoring coaching knowledge sharing",
    ),
    (r"ytelse\w*|prestanda\w*|ydeevne\w*|performance-optimierung\w*", "performance"),
    (r"datapipeline\w*|dataplattform\w*|dataplatform\w*|datenplattform\w*", "data pipelines"),
    (
        r"personalledelse|personaleledelse|personalansvar\w*|personaleansvar\w*|disziplinarisch\w* führung"
        r"|personalführung",
        "people management",
    ),
    (r"fachlich\w* führung|technische führung|teknisk ledelse|teknisk ledarskap", "technical leadership"),
    # (round 20) a Nordic language spoken, the business side, structure and discipline, hosting, working across
    # functions; Dutch team spirit, working with clients, growing in the trade
    # (a language in its context only: "Norsk helsevesen", "Dansk bank" are domains)
    (
        r"(?:tala|talar|prata|pratar|snakke|snakker|tale|taler|flytande|flytende|flydende|behärska\w*|behersk\w*)"
        r" (?:\w+ ){0,3}(?:svenska|norska|danska|svensk|norsk|dansk)\b|(?:svenska|norska|danska|svensk|norsk|dansk)"
        r" (?:i tal och skrift|i tale og skrift|muntlig\w*|skriftlig\w*|mundtlig\w*)",
        "communication",
    ),
    (r"(?:prata|pratar|snakke|snakker|tale|taler|samtala\w*) med", "communication"),  # talking with people
    (
        r"teamspirit|teamgeest|(?:werken|werkt|samenwerken) in een team|in een team (?:te )?werken"
        r"|met (?:de )?klant(?:en)?\b|klantcontact",
        "collaboration",
    ),
    (r"groeien in (?:je|jouw) vak|(?:willen|wil) groeien|ambitie om te groeien", "learning"),
    (r"(?:en )?apprendre (?:de )?(?:des )?(?:nouveaux|nouvelles)", "learning"),  # (round 25)
    (r"self[- ]?(?:teach(?:ing)?|taught|learn(?:ing|er|ed)?)|autodidact\w*", "learning"),  # (round 39) "… / self teach"
    # (round 39) explaining to someone, plainly, or one's own thinking: "explain a failed rollout to the support team",
    # "explain what happened clearly", "explain your reasoning in pull requests" (not "explain Kubernetes networking in
    # depth", "explain how TLS works": knowing the thing explained)
    (
        r"explain(?:s|ed|ing)?(?=[^.;]{0,80}?(?:(?<!\bhow )(?<!\bwhat )\bto (?:(?:a|an|the|our|your|their|other|fellow"
        r"|new|junior|senior|non-?technical|business|product|support|ops|head|busy|curious)\s+){0,3}(?:people|users?"
        r"|customers?|clients?|stakeholders?|colleagues?|teammates?|teams?|developers?|engineers?|managers?|leaders?"
        r"|leadership|executives?|designers?|analysts?|pilots?|receptionists?|joiners?|hires?|audiences?"
        r"|non-engineers?|non-specialists?|others|anyone|everyone|them|him|her|partners?|researchers?|scientists?"
        r"|students?|clinicians?|doctors?|nurses?|teachers?|underwriters?|operators?|staff|members?|testers?)\b"
        r"|\bin (?:plain|simple|clear|everyday) (?:language|words|english|terms)|\bclearly\b|\bsimply\b"
        r"|\bwithout jargon\b)|\s+(?:your|their|our|one's) (?:thinking|reasoning|decisions?|choices|ideas|approach"
        r"|work)\b|\s+(?:yourself|themselves)\b)",
        "written communication",  # (the catalogue's communication skill)
    ),
    # (round 25) a language mastered, spoken and written; ideas presented to clients; developing a team's people
    (
        r"(?:nederlandse|engelse|duitse|franse) (?:en (?:\w+ )?)?taal|in woord (?:en|als) geschrift"
        r"|present\w* (?:your |our |their )?ideas|in front of (?:the |a |our )?(?:clients?|customers?|audiences?"
        r"|stakeholders)",
        "communication",
    ),
    (
        r"weiterentwicklung (?:eines|des|der|von|unseres|ihres) (?:\w+ )?(?:entwickler\w*|team\w*|mitarbeit\w*)",
        "mentoring coaching",
    ),
    # (round 25) growing as a developer, keeping up to date; working close to the client
    (
        r"(?:vill|vil) (?:utvecklas|utvikle deg|udvikle dig)|(?:håller|holder) (?:dig|deg) (?:uppdaterad|oppdatert"
        r"|opdateret)",
        "learning",
    ),
    (r"(?:nära|nær|tæt på) (?:kunden|kunderna|kundene|kunderne)", "collaboration"),
    (r"affärsnytt\w*|affärsförståelse|affärsmässig\w*|forretningsforståelse|forretningsverdi\w*", "strategy business"),
    (
        r"struktur(?:erad\w*|ert\w*|eret\w*)?\b|disciplin(?:eret|erad|ert)?\b|planering|planlegging|planlægning",
        "time management prioritization",
    ),
    (r"hosting|webbhotell\w*|webhotel\w*", "cloud"),
    (
        r"tvärfunktionell\w*|tverrfaglig\w*|tværfaglig\w*|tværfunktionel\w*|samarbeta|samarbe(?:tet|idet|jdet)\b",
        "collaboration",
    ),
    (r"nettverk\w*|nätverk\w*|netværk\w*", "networking"),
    (r"sky(?:en|tjenester|tjänster|løsninger|lösningar|plattform\w*)?|molnet|molntjänster|skyen", "cloud"),
    (r"sikkerhet|säkerhet|sikkerhed|informasjonssikkerhet|informationssäkerhet", "security"),
    (r"databaser|databasen|relasjonsdatabaser|relationsdatabaser|relationsdatabaserna", "database sql"),
    (r"overvåk\w*|övervak\w*|overvåg\w*|monitorer\w*", "observability monitoring"),
    (r"automatiser\w*|kontinuerlig (?:integrasjon|integration|leveranse|leverans)", "ci cd automation deployment"),
    (
        # (not the development of "smidig utvikling", "agil utveckling": agile ways of working)
        r"programmering|koding|kodning|(?<!smidig )(?<!smidige )(?<!smidiga )(?<!agil )(?<!agile )(?<!agila )"
        r"(?:utvikling|utveckling|udvikling)"
        r"|(?:system|backend|fullstack|webb?|app|mjukvaru|programvare|software)(?:utvikling|utveckling|udvikling|utvikler"
        r"|utvecklare|udvikler)",
        "programming coding software development",
    ),
    (r"arkitektur\w*", "software design architecture"),
    (r"maskinlæring|maskininlärning", "machine learning"),
    (r"ledelse|ledarskap|lederskab|lederskap", "leadership"),
    (r"veiledning|handledning|vejledning", "mentoring coaching"),
    (r"problemløsning|problemlösning|feilsøking|felsökning|fejlfinding", "problem-solving troubleshooting debugging"),
    (r"empati", "empathy"),
    (r"kostnad\w*|omkostning\w*|kostbevisst\w*|kostnadsbevisst\w*|kostnadseffektiv\w*", "cost management"),
    (r"dokumentasjon|dokumentation", "written documentation"),
    # Italian, Portuguese, Polish, Finnish (round 18)
    (
        r"sviluppo (?:software|backend|frontend|web|di software|di applicazioni)|programmazione"
        r"|desenvolvimento (?:de software|web|backend|frontend)|programowani\w*|tworzeni\w* oprogramowania"
        r"|ohjelmointi\w*"
        r"|ohjelmistokehity\w*|\w+-kehity\w*|sovelluskehity\w*",
        "programming coding software development",
    ),
    (
        r"basi? di dati|database relazional\w*|bancos? de dados|baz\w* danych|relacyjn\w* baz\w*|tietokan\w*",
        "database sql",
    ),
    # (not workplace safety: "sicurezza sul lavoro", "BHP: bezpieczeństwa i higieny pracy")
    (
        r"sicurezza(?! (?:sul|nei luoghi di) lavoro)(?: informatica)?|segurança(?: da informação)?"
        r"|bezpieczeństw\w*(?! i higieny)(?! pracy)|tietoturva\w*",
        "security",
    ),
    (r"reti neurali|sieci neuronow\w*|redes neurais|neuroverko\w*", "neural networks machine learning"),
    (r"reti(?! neurali)|redes de computadores|sieci\w*(?! neuronow)|tietoverko\w*", "networking"),
    (r"nuvola|nuvem|chmur\w*|pilvi\w*", "cloud"),
    (r"microservizi|microsserviços|mikroserwis\w*|mikropalvelu\w*", "microservices apis"),
    (
        r"test automatizzati|test automatici|testes automatizados|test\w* automatyczn\w*|testiautomaatio",
        "automated tests",
    ),
    (
        r"apprendimento automatico|aprendizado de máquina|aprendizagem automática|uczeni\w* maszynow\w*",
        "machine learning",
    ),
    (r"koneoppimi\w*", "machine learning"),
    (r"monitoraggio|monitoramento|monitorowani\w*|monitoroin\w*", "observability monitoring"),
    (r"sistemi distribuiti|system\w* rozproszon\w*|hajautet\w*", "distributed systems"),
    (r"integrazione continua|ciągł\w* integracj\w*|jatkuva integraatio", "ci cd automation deployment"),
    (
        r"architettura(?: software)?|arquitetura(?: de software)?|architektur\w*|arkkitehtuur\w*",
        "software design architecture",
    ),
    (
        r"comunicazione|capacità comunicative|komunikac\w*|komunikatywn\w*|viestintä\w*|vuorovaikutus\w*"
        r"|inglese|angielski\w*|englan\w*",
        "communication",
    ),
    (r"problem solving|risoluzione dei problemi|rozwiązywani\w* problemów|ongelmanratkaisu\w*", "problem-solving"),
    (r"lavor\w* in (?:team|gruppo)|pracy w zespole|praca zespołowa|tiimityö\w*|yhteistyö\w*", "collaboration"),
    (
        r"voglia di imparare|chęć (?:nauki|rozwoju|uczenia\w*)|umiejętnoś\w* (?:nauki|uczenia\w*)|oppimishalu\w*",
        "learning",
    ),
    # (round 28) "Bardzo dobre zdolności organizacyjne": organising one's own work
    (r"zdolnoś\w* organizacyjn\w*|capacità organizzative|doti organizzative", "organisation priorities"),
    (r"leadership|przywództw\w*|johtami\w*", "leadership"),
    # Polish names its technologies with case endings: "Znajomość Dockera", "w Javie", "z Pythonem"
    (r"javy|javie|javą|javę", "java programming"),
    (r"pythona|pythonem|pythonie", "python programming"),
    (r"dockera|dockerem|dockerze", "docker containers"),
    (r"kubernetesa|kubernetesem|kubernetesie", "kubernetes"),
    (r"linuksa|linuxa|linuksem|linuxem|linuksie|linuxie", "linux"),
    (r"terraforma|terraformem", "terraform infrastructure as code"),
    (r"postgresa|postgresem|postgresie", "postgresql database sql"),
    # Turkish, Czech (round 18)
    (
        r"yaz\wl\wm geliştirme\w*|(?:web|backend|frontend|mobil|uygulama) geliştirme\w*|vývoj\w* (?:software|softwaru"
        r"|aplikací|webových aplikací)|softwarov\w* vývoj\w*|programování",
        "programming coding software development",
    ),
    (r"veritaban\w*|databáz\w*", "database sql"),
    (r"bulut\w*", "cloud"),
    (r"(?<!iş )güvenli\w*|bezpečnost\w*(?! práce)(?! a ochrany zdraví)", "security"),
    (r"mikroservis\w*|mikroslužb\w*", "microservices apis"),
    (r"test otomasyon\w*|otomasyon test\w*|automatizovan\w* test\w*", "automated tests"),
    (r"dağ\wt\wk sistem\w*|distribuovan\w* systém\w*", "distributed systems"),
    (r"makine öğren\w*|strojov\w* učení", "machine learning"),
    (r"iletişim\w*|ingilizce\w*|komunikac\w*|komunikativn\w*|angličtin\w*", "communication"),
    (r"tak\wm çal\wşmas\w\w*|ekip çal\wşmas\w\w*|týmov\w*|spoluprác\w*", "collaboration"),
    (r"problem çözme\w*|řešení problémů", "problem-solving"),
    # (round 30) "Demonstrated ability to manage and simplify complexity"
    (r"simplif\w* (?:the )?complex\w*|(?:manage|reduce|tame) (?:and simplify )?complexity", "problem-solving"),
    (r"liderlik\w*|vedení týmu", "leadership"),
    (r"mimari\w*", "software design architecture"),
    # Korean (round 18)
    (r"데이터베이스\w*|관계형 데이터베이스\w*", "database sql"),
    (r"클라우드\w*", "cloud"),
    (r"보안\w*", "security"),
    (r"테스트 ?자동화\w*", "automated tests"),
    (r"커뮤니케이션\w*|소통\w*", "communication"),
    (r"협업\w*", "collaboration"),
    (r"문제 ?해결\w*", "problem-solving"),
    (r"머신 ?러닝\w*|기계 ?학습\w*", "machine learning"),
    (r"분산 ?시스템\w*", "distributed systems"),
    (r"마이크로서비스\w*", "microservices apis"),
    (r"모니터링\w*", "observability monitoring"),
    (r"네트워크\w*", "networking"),
    (r"testautomatisering|automatiserte tester|automatiserade tester|automatiserede tests", "automated tests"),
    (r"tests? automatisés|pruebas automatizadas|automatisierte\w* tests?|testautomatisierung", "automated tests"),
    (r"coûts?|kosten\w*|costes|costos", "cost management"),
    (
        r"gestion des incidents|störungs\w*|incidencias|incidentes|exploitation|mise en production"
        r"|explotación",
        "operations incident reliability",
    ),
    # soft skills as French, German and Spanish postings name them
    (
        r"résolution de problèmes|problemlös\w*|resolución de problemas|resolver problemas|análisis"
        r"|lösungsorientiert\w*|orienté\w* solutions?|orientad[oa]s? a (?:la )?soluci\w*",
        "problem-solving",
    ),
    (r"selbstorganis\w*|auto-?organis\w*|self-organi[sz]\w*|autoorganiz\w*", "time management prioritization"),
    (r"sozial\w* (?:dynamik\w*|kompetenz\w*)|empathi\w*|einfühl\w*|empatía", "empathy"),
    # a language to work in is communication: "Sicheres Deutsch", "français courant"
    (
        r"deutschkenntnisse|(?:sicheres?|fließendes?|gutes?|sehr gutes?) deutsch|français (?:courant|écrit)"
        r"|español (?:fluido|nativo)|castellano|vloeiend|(?:in )?woord en geschrift",
        "communication",
    ),
    (r"diplomat\w*|tactful\w*", "stakeholders collaboration"),
    (r"stratég\w*|estrateg\w*|strategie\w*", "strategy"),
    (r"priorit\w*|prioris\w*|prioriz\w*|priorid\w*|plazos|délais|échéances|termine", "prioritization deadlines"),
    (r"colabora\w*|coopéra\w*|kooperation\w*|cooperación|trabalho em equipe|em conjunto com", "collaboration"),
    (r"liderazgo|führungs\w*|diriger|dirigir", "leadership"),
    (r"leiding (?:te )?nemen|(?:het )?leiden van", "technical leadership"),  # taking the lead, leading projects
    (r"leiding (?:te )?geven", "people management"),  # managing people
    (r"comunicación|comunicar|communiquer|comunicação|inglês", "communication"),
    (r"documentação", "writing documentation"),
    (r"raciocínio lógico|visão analítica|resolução de problemas", "problem-solving"),
    (r"vontade de aprender|(?:se )?atualizando|aprendizado", "learning"),
    (r"integração cont[ií]nua", "continuous integration"),
    (r"computação distribuída|sistemas distribuídos", "distributed systems"),
    (r"redacción|dokumentation|documentación", "writing documentation"),
    (
        # ("verhandlungssicher": a language spoken well enough to negotiate in, round 34)
        r"négociation|négocier|verhandlung(?!ssicher)\w*|negociación|negociar|proveedores|fournisseurs|lieferanten",
        "negotiation vendors",
    ),
    (
        r"parties prenantes|partes interesadas|interessengruppen|service[- ]conseil|conseiller|cadres supérieurs"
        r"|aux cadres|public non spécialisé|non[- ]spécialistes|non[- ]techniques?|fachfremd\w*|no técnic[oa]s?",
        "stakeholders",
    ),
    (r"flexibilit\w*|flexibilidad", "adaptability"),
    (
        r"esprit d'équipe|" + TEAM_WORK_FR + r"|teamfähig\w*|teamgeist|team ?work|team ?player\w*"
        r"|trabajo en equipo|trabaj\w* en equipo|(?:bon )?relationnel",  # (round 30) "Bon relationnel"
        "collaboration",
    ),
    (
        r"autonomie|autonomía|autonomy|work(?:ing)? autonomously|eigenverantwort\w*|selbstständig\w*"
        # (round 31) "Ability to work independently", "self-disciplined" (not "independent analysis")
        r"|(?:work|working|works|worked|operate|operating) (?:fully |completely |mostly |largely )?independently"
        # (the way of working, not what with: not "working independently with AWS", "… in Python")
        r"(?=[\s,.;:!)]*$|[\s,]+(?:and|or|as|but|while|when|if|within|without|in an?|in the|from|on your own)\b)"
        r"|self[- ]disciplin\w*|(?:self[- ]managed?|self[- ]managing)(?! (?:teams?|groups?|organi[sz]ations?)\b)"
        r"|eigeninitiative|rigueur|zuverlässig\w*|responsabilidad",
        "ownership accountability",
    ),
    (
        r"sens de l'écoute|écoute|empathie|empatía|einfühlungsvermögen|bienveillan\w*"
        r"|(?:good|keen|active|attentive|patient|careful|great) listen(?:er|ing)",  # (round 26)
        "empathy",
    ),
    (GOALS_INTO_PLANS, "strategy"),  # (round 26)
    (r"vulgaris\w*|pédagog\w*|erklären|explicar", "communication"),
    # (round 30) "manipuler, nettoyer et analyser des données"
    (
        r"(?:analyser|nettoyer|explorer|visualiser|exploiter) (?:les |des |de )?données"
        r"|(?:analyse|nettoyage|exploration|visualisation) (?:de |des )?données",
        "data analysis",
    ),
    (MENTORING_FR, "mentoring"),  # (round 30) "… faire monter en compétences ses pairs"
    (r"(?:erfahrung|experience) (?:als|as an?) team ?lead(?:er)?\b|teamleiter\w*", "leadership"),  # (round 25)
    (
        r"gestión de (?:equipos|personas)|liderar equipos|dirigir equipos|management d'équipes?"
        r"|gestion d'équipes?|personalverantwortung|führungserfahrung|mitarbeiterführung|teamleitung",
        "people management",
    ),
    (
        r"lernbereitschaft|lernwill\w*|weiterbild\w*|aprendizaje|envie d'apprendre|formation continue|einzulesen"
        r"|einles\w*",
        "learning",
    ),
    (
        r"(?:neues )?dazu ?(?:zu ?)?lernen|neues (?:zu )?lernen|über den tellerrand|aktuellen entwicklungen"
        r"|wissensdurst|cutting[- ]edge|state of the art|peripheral disciplines?|keep(?:ing)? up (?:to date )?with"
        r"|stay\w* (?:current|up[- ]to[- ]date)|(?:growing|grow|expand\w*) (?:your|their) (?:knowledge|skills)"
        r"|se tenir (?:informé|à jour)|veille technologique|estar al día",
        "learning",
    ),
    (
        # (round 32: a word before "team" too: "working in a small team")
        r"distributed teams?|across (?:different |multiple )?time[- ]?zones"
        r"|(?:with|in) (?:a|the|your|our) (?:[\w-]+ )?team\b"
        r"|as part of a team|working directly with|hilfst gerne|helfen|entraide|ayudar",
        "collaboration",
    ),
    (r"graphql|openapi|swagger|json:api|soap|(?<!amazon )web services?", "apis api design"),
    (r"pki|x\.509|certificates?|chiffrement|verschlüsselung|cifrado", "security encryption"),
    (
        r"orientad[ao]s? a objetos|orienté\w* objets?|objektorientiert\w*|programación orientada a objetos",
        "object-oriented design software design",
    ),
    (r"(?:the )?big(?:ger)? picture|vue d'ensemble|gesamtbild|visión (?:global|de conjunto)", "strategy long-term"),
    (
        r"(?:not|ill|loosely|poorly|under)[- ]?(?:well[- ])?(?:defined|specified)"
        r"|unclear (?:requirements|goals|problems)|mal définis?|unklar\w*",
        "ambiguity",
    ),
    (r"lamp|lemp|mern|micro-?frameworks?|flask|fastapi|sinatra|express\.js", "programming coding"),
    # server-side frameworks and runtimes (round 18: "Spring Boot", "Laravel", "NestJS" were left unlinked, Node.js
    # went to front-end work)
    (
        r"spring(?: boot| framework| cloud| mvc| data| security| batch| webflux)|spring-boot|(?<=java/)spring"
        r"|(?<=java, )spring|(?<=java and )spring|(?<=java & )spring|(?<=java e )spring|(?<=java i )spring"
        r"|nest\.?js|laravel|symfony|quarkus|micronaut|deno|node\.?js|dropwizard|vert\.x|ktor|actix|axum|cakephp"
        r"|codeigniter|grails|play framework|django",
        "programming coding",
    ),
    (r"belastbar\w*|under pressure|résistance au stress|bajo presión", "pressure"),
    (r"work ethic|zuverlässig\w*|verantwortungsbewusst\w*|dependab\w*|sense of responsibility", "accountability"),
    # (round 31) working at pace is managing one's time ("You work at a fast pace"; "fast-paced" is the company's
    # pace, adaptability, above)
    (r"(?:at|with) (?:a )?(?:fast|quick|rapid|high) pace", "time management"),
    # editing others' writing: "Experience as an editor or content lead", "copy-editing", "proofreading"
    (r"(?:as an?|an experienced) editor\b|copy[- ]?edit\w*|proof[- ]?read\w*|editorial", "written communication"),
    # systems that keep working: "building resilient systems", "fault-tolerant services"
    (
        r"resilien\w* (?:distributed )?(?:systems?|services?|infrastructure|architectures?|platforms?|backends?)"
        r"|fault[- ]toleran\w*",
        "distributed systems fault tolerance",
    ),
    # teaching adults at work: "ideally as a trainer", "running workshops"
    (r"(?:as an?|experienced) trainer\b|(?:run|running|ran|lead|leading|led|give|giving|gave) workshops", "mentoring"),
    # packages of software: "Package management (nix, deb, rpm)", "Debian packaging"
    (r"package management|(?:deb|rpm|debian|nix|homebrew|flatpak) packag\w*", "ci cd"),
    # "Product-oriented mindset", "product-focused engineer" (product sense's words name "product-minded")
    (r"product[- ](?:oriented|focused|driven)", "product sense"),
    # what other developers use: "developer-facing APIs and libraries", "client libraries and SDKs"
    (r"developer[- ]facing (?:apis?|librar\w*|sdks?)|client librar\w*|sdks?", "apis api design"),
    # (round 32) the behaviours of a competency framework, said without the competency's name
    # thinking ahead: "thinks strategically", "anticipates business needs"
    (
        r"think\w* strategically|strategic(?:ally)? (?:mind\w*|think\w*)"
        r"|anticipat\w* (?:the )?(?:business|future|organi[sz]ational|strategic) needs",
        "strategy long-term",
    ),
    # leading people: "empowers, motivates and inspires teams" (the verbs: not "motivated people", a quality)
    (
        r"(?:inspires?|inspiring|motivates?|motivating|empowers?|empowering)"
        r"(?:,? (?:and |& )?(?:inspires?|inspiring|motivates?|motivating|empowers?|empowering))*"
        r" (?:the |your |a |their |our |other )?(?:teams?|team members|others|colleagues|staff)\b",
        "leadership",
    ),
    # growing people: "develops the capability of teams", "aligns people's development needs"
    (
        r"develop\w* (?:the )?(?:capabilit\w*|skills|talent|potential) of (?:the |your |their |our )?(?:teams?|people"
        r"|others|staff|colleagues|engineers)|(?:people's|staff|team members'?|individuals'?) development",
        "mentoring",
    ),
    # "promotes effective information sharing", "shares information openly"
    (r"information[- ]sharing|shar\w* information", "communication"),
    # "reinforces a culture that values all people", "values diversity"
    # (the verb only: not "Value differences between forecast and actuals")
    (
        r"valu(?:es|ing) (?:all|every) (?:people|persons?|individuals?)|valu(?:es|ing) (?:diversity|differences)\b"
        r"(?! between)",
        "empathy inclusion",
    ),
    # "works in partnership with experts", "a multi-disciplinary team"
    (r"in partnership with|multi-?disciplinary|cross-?disciplinary|inter-?disciplinary", "collaboration"),
    # "share lessons learned"
    # (not from incidents: "lessons learned in postmortems" is incident response)
    (r"lessons? learn[et]d?(?! (?:from|in|through|after) (?:\w+ )?(?:incidents?|outages?|post-?mortems?))", "learning"),
    # keeping a service up: "Ensuring system uptime", "high-availability services"
    (r"uptime|high[- ]availability", "reliability sla"),
    # "notifying officials in the case of security and data breaches"
    (r"(?:data |security )?breach(?:es)?", "security incident"),
    # the whole of an application: "Working at all levels of the stack"
    (r"(?:all|every|each|any) (?:levels?|layers?|parts?) of the (?:tech(?:nology)? )?stack", "programming coding"),
)
# Idioms whose words mean something else: "kein Problem damit" (happy to) is no problem to solve. The linker reads
# them as nothing.
LINK_IDIOMS: Final = (
    r"speaks? volumes",  # "a record of thoughtful work speaks volumes": no public speaking
    r"(?:take|taking|takes|took) (?:the )?time to",  # (round 35) "take time to learn their needs": no time management
    # (round 35) an organisation that is a company, not the skill of being organised: "inside and outside the
    # organization", "across our organisation" (not "organisation skills", "strong organisation")
    r"(?:(?<=the )|(?<=our )|(?<=your )|(?<=this )|(?<=an )|(?<=whole )|(?<=wider )|(?<=entire )|(?<=large )"
    r"|(?<=complex )|(?<=global ))organi[sz]ations?(?! skills?\b)",
    # an opening aside of people skills names what the requirement is not about: "In addition to communication
    # skills, you are also a good coder" (not "In addition to 4+ years of React, you have shipped a Node.js API")
    r"(?<![^\n])(?:[-*•]\s+)?(?:in addition to|besides|apart from|aside from|on top of) (?=[^,;.]{0,60}"
    r"(?:communicat|interpersonal|people|soft skills|writing|leadership|teamwork|presentation))[^,;.]{1,60},",
    # "secure communications", "network communication": a technology, not a person's communicating
    r"(?:(?<=secure )|(?<=encrypted )|(?<=network )|(?<=serial )|(?<=wireless )|(?<=radio )"
    r"|(?<=satellite )|(?<=asynchronous )|(?<=synchronous )|(?<=inter-service )"
    r"|(?<=interservice )|(?<=inter-process )|(?<=machine-to-machine )|(?<=real-time )"
    r"|(?<=realtime ))communications?",
    # "writing efficient code" is programming, not writing: the verb goes, what is written stays (two adjectives
    # apart by a comma too: "writing high-performance, parallelized code"; not a list of things written: "writing
    # proposals, grants, code samples")
    # (also as a series' first verb: "writing, maintaining, and integrating REST APIs"; and code "written in Node")
    r"writ(?:e|es|ing|ten)(?! (?:"
    + WRITTEN_DOCUMENTS
    + r")\b)(?=,? (?:(?:[a-z-]+ing,?|and|or) )*(?:[\w.+#-]+ ){0,3}(?:[\w.+#-]+, (?:[\w.+#-]+ ){1,2})?"
    r"(?:code|software|programs?|tests?"
    r"|queries|scripts?|sql|services?|applications?|apis?|drivers?|libraries|functions?|compilers?|(?<=user )interfaces"
    r"|uis|firmware|parsers?|algorithms?)\b)"
    r"|(?<=apis )written(?= in\b)|(?<=code )written(?= in\b)|(?<=services )written(?= in\b)",
    # "PostgreSQL clusters", "Kafka clusters", "HPC clusters": the cluster of what it names, not of Kubernetes
    r"(?:(?<=postgresql )|(?<=postgres )|(?<=mysql )|(?<=mariadb )|(?<=kafka )|(?<=elasticsearch )"
    r"|(?<=opensearch )|(?<=redis )|(?<=cassandra )|(?<=mongodb )|(?<=clickhouse )|(?<=rabbitmq )"
    r"|(?<=database )|(?<=db )|(?<=hpc )|(?<=compute )|(?<=spark )|(?<=hadoop )|(?<=ceph )|(?<=storage )"
    r"|(?<=slurm )|(?<=gpu )|(?<=galera )|(?<=zookeeper )|(?<=etcd )|(?<=vault )|(?<=consul )|(?<=nomad )"
    r"|(?<=pulsar )|(?<=emr )|(?<=databricks )|(?<=failover ))clusters?",
    # "protocolli di comunicazione", "protokołów komunikacyjnych": protocols, not a person's communicating
    r"(?<=protocolli di )comunicazione|(?<=protocollo di )comunicazione|(?<=protocolos de )comunica\w*"
    r"|(?<=protokołów )komunikac\w*|(?<=protokoły )komunikac\w*|komunikac\w*(?= protok)|ileti\wim(?= protokol)"
    r"|komunikačn\w*(?= protokol)",
    r"(?:kein|keine) problem\w* damit",
    # (round 39) writing code or tests in German is programming, not writing: "Du schreibst gerne Tests"
    # (each word of one alternative only, at most three: a run of "saubere saubere …" is read in linear time)
    r"schreib\w*(?= (?:(?:gerne?|gut|sauber\w*) ){0,3}(?:tests?|code|software|programme)\b)",
    r"no problems? (?:with|to)",
    r"pas de problèmes?",  # (round 39: the plural too)
    r"(?:sin|ningún) problema",
)
# Words that say what the work is done in rather than what it is: in "writing high performance Python code" or
# "caching with Redis in Go services" the skill is performance or caching, the language only its medium. They still
# name programming when nothing else is named, at a lower weight (services/linking.py, MEDIUM_WEIGHT).
# A practice said first, as the verb of the requirement ("Coaching senior leaders and customer stakeholders", "Load
# testing web services"): the requirement is that practice, whatever it is done to. Only practices whose
# object is not itself the skill assessed: not "building", "designing", "managing" (they take their object's skill),
# nor "debugging", "troubleshooting", "monitoring", "profiling", "interviewing" ("Troubleshooting Linux servers" is
# Linux, "Monitoring ML models for drift" MLOps, "Interviewing users" product sense). (Round 34) Leading too: "Leading
# cross-functional teams" is leadership of them, not the collaboration their kind names.
HEAD_PRACTICES: Final = (
    r"coaching|mentoring|teaching|negotiating|hiring|documenting"
    # (leading as a verb, of people or of work: "Leading cross-functional teams", "Leads the design of …"; not
    # "Lead-free soldering", "Lead scoring", "Lead generation", "Lead time for changes", "Lead engineer for …")
    r"|lead(?:s|ing)?(?= (?:a|an|the|our|your|their|teams?|squads?|groups?|engineers|developers|people"
    r"|(?:small|large|distributed|remote|global|cross-functional|multidisciplinary|multi-disciplinary|engineering"
    r"|technical|development|product|data|agile) (?:teams?|squads?|groups?))\b)"
    r"|communicat(?:e|es|ing)|collaborat(?:e|es|ing)|debugg?(?:ing|s)?|profil(?:e|es|ing)|automat(?:e|es|ing)"
    r"|(?:load|performance|stress|penetration|security|integration|end-to-end) testing"
)
MEDIUM_WORDS: Final = frozenset(
    [
        "python",
        "go",
        "golang",
        "java",
        "javascript",
        "typescript",
        "ruby",
        "php",
        "c",
        "c++",
        "c#",
        "rust",
        "scala",
        "kotlin",
        "swift",
        "elixir",
        "erlang",
        "haskell",
        "clojure",
        "perl",
        "lua",
        "julia",
        "dart",
        "r",
        "code",
        "coding",
        "codebase",
        "scripts",
        # what the work runs into, not a skill by itself: "performance problems" is performance
        "problems",
        "issues",
    ]
)
# (round 28) what a later sentence of a bullet says is waived, taught or the company's own, so asks nothing of the
# reader: "Experience with Terraform isn't required, we will teach you.", "You will learn Rust on the job.",
# "Knowledge of our Kafka setup comes with onboarding." (not "Deep knowledge of Go is required for our core services")
NOT_ASKED_OF_THE_READER: Final = (
    SKILL_WAIVED
    + r"|(?:isn't|aren't) (?:required|necessary|needed)|(?:we(?:'ll| will)?|you(?:'ll| will)) (?:teach|train)"
    r"|(?:learn|pick)\w*(?: [^.;]{0,40}?)? on the job|comes with (?:onboarding|training)"
    r"|(?:knowledge|familiarity|experience) (?:of|with) our"
)
# Words that introduce examples of what a requirement asks ("observability tools such as Prometheus"): the words after
# them, to the end of the clause, illustrate the requirement's head rather than state it (services/linking.py).
EXAMPLE_CUES: Final = (
    r"e\.\s?g\.?",
    r"eg\.",
    r"such as",
    r"for (?:example|instance)",
    r"z\.\s?b\.?",
    r"zum beispiel",
    r"p\.\s?ex\.?",
    r"par exemple",
    r"tel(?:le)?s? que",
    r"por ejemplo",
    r"tales como",
)
# Words that say nothing about which skill is meant.
LINK_STOPWORDS: Final = frozenset(
    [
        # (round 31) words of a requirement's frame, not its skill: "Interest in learning about distributed ledgers"
        # took conflict resolution, whose definition speaks of "the real interests" and a discussion "about" a problem
        "about",
        "interest",
        "interests",
        "interested",
        "a",
        "an",
        "and",
        "or",
        "the",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "by",
        "as",
        "at",
        "from",
        "into",
        "across",
        "via",
        "is",
        "are",
        "be",
        "able",
        "ability",
        "experience",
        "experiences",
        "strong",
        "proven",
        "excellent",
        "advanced",
        "knowledge",
        "familiarity",
        "skills",
        "skill",
        "including",
        "such",
        "using",
        "use",
        "one",
        "more",
        "both",
        "other",
        "comparable",
        "similar",
        "practices",
        "you",
        "your",
        "we",
        "our",
        "us",
        "they",
        "their",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "who",
        "will",
        "would",
        "should",
        "can",
        "could",
        "must",
        "have",
        "has",
        "had",
        "be",
        "been",
        "being",
        "work",
        "working",
        "team",
        "teams",
        "year",
        "years",
        "yrs",
        "plus",
        "good",
        "great",
        "solid",
        "deep",
        "understanding",
        "etc",
        "e.g",
        "i.e",
        "de",
        "des",
        "du",
        "la",
        "le",
        "les",
        "et",
        "un",
        "une",
        "en",
        "dans",
        "avec",
        "pour",
        "sur",
        "und",
        "die",
        "der",
        "das",
        "mit",
        "von",
        "im",
        "zu",
        "für",
        "ein",
        "eine",
        "y",
        "el",
        "los",
        "las",
        "del",
        "con",
        "para",
        "por",
    ]
)
