"""Names, phone plans and extra note sentences for generated callers, in all four languages.

The demo vocabularies (``agent_console.store.demo_content``) come first; more common names
are added so that a million callers do not share eighty names. Earlier names are commoner
(see ``rows._weights``), the way real name frequencies fall off.
"""

from __future__ import annotations

from agent_console.store import demo_content as demo

LANGUAGES = ("en", "fa", "ar", "ru")
# Share of callers per language: a call centre serving Iran, the Gulf, Russia and English speakers.
LANGUAGE_WEIGHTS = (0.35, 0.25, 0.2, 0.2)

_MORE_GIVEN = {
    "en": "Oliver Amelia George Isla Harry Ava Jack Ella Jacob Lily Charlie Chloe Thomas Ruby "
    "Oscar Evie William Freya Michael Sarah David Jessica Daniel Emily Matthew Hannah Joseph "
    "Rebecca Andrew Laura Christopher Rachel Robert Megan Benjamin Lauren Samuel Amy Henry "
    "Victoria Alexander Natalie Ryan Katherine Nathan Abigail Adam Zoe Patrick Mary-Jane Sean",
    "fa": "علی مریم مهدی زینب حسن معصومه ابوالفضل کوثر محمدرضا ریحانه امیرحسین نازنین "
    "عرفان هستی یاسین مبینا پارسا النا سینا آیدا بهرام شیرین کامران پریسا مهرداد ترانه "
    "فرهاد مهسا کیوان الهام بابک نرگس پیمان سمیرا داریوش گلناز سیاوش شهرزاد عبدالله "
    "روزبه ژاله",
    "ar": "محمد عائشة عبدالله خديجة إبراهيم زينب علي رقية مصطفى هدى طارق منى سعيد رنا "
    "ماجد دانة فيصل لمى سلطان هند ناصر جميلة عادل سارة كريم ريم وليد أسماء حمزة بسمة "
    "ياسر غادة زياد نادية مازن لبنى رامي شيماء",
    "ru": "Александр Елена Михаил Наталья Андрей Татьяна Алексей Ирина Николай Светлана "
    "Владимир Екатерина Евгений Людмила Максим Галина Роман Дарья Кирилл Алёна Никита "
    "Полина Егор Виктория Илья Вера Григорий Софья Фёдор Марина Степан Любовь Тимур "
    "Надежда Борис Зоя",
}
_MORE_FAMILY = {
    "en": "Johnson Williams Jones Davies Robinson Thompson White Hughes Edwards Green Hall "
    "Wood Harris Lewis Martin Jackson Clark Turner Hill Scott Cooper Morris Ward Moore King "
    "Watson Baker Harrison Morgan Patel Young Allen Mitchell Anderson Bell Carter O'Connor "
    "O'Brien McDonald Murphy Kelly Garcia Rodriguez Nguyen Kim Singh Khan Ali Bennett Gray",
    "fa": "رحیمی کاظمی هاشمی قاسمی نوری طاهری زارعی عباسی سلیمانی نجفی فراهانی اکبری "
    "یزدانی شریفی رستمی مرادی حیدری بهرامی کریم‌زاده حسین‌پور تهرانی شیرازی اصفهانی "
    "قربانی ملکی نیک‌نام افشار پاکزاد میرزایی خسروی امینی بابایی فتحی سعیدی منصوری",
    "ar": "الأحمد الزهراني القحطاني الشمري العتيبي الدوسري الحربي المطيري الغامدي "
    "السعدي الكعبي المنصوري الهاشمي الرفاعي السيد عبدالرحمن حسين إبراهيم يوسف "
    "عثمان سليمان الجبوري التميمي العبيدي الفلاحي الظاهري النعيمي السويدي البلوشي",
    "ru": "Смирнов Васильева Михайлов Фёдорова Морозов Павлова Николаев Семёнова Егоров "
    "Степанова Орлов Андреева Макаров Захарова Зайцев Соловьёва Борисов Яковлева "
    "Григорьев Романова Воробьёв Сергеева Фролов Александрова Дмитриев Королёва "
    "Гусев Киселёва Ильин Максимова Поляков Сорокина Виноградов Ковалёва Белов Медведева",
}


def _names(base: tuple[str, ...], more: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*base, *more.split())))


GIVEN: dict[str, tuple[str, ...]] = {
    lang: _names(demo.GIVEN[lang], _MORE_GIVEN[lang]) for lang in LANGUAGES
}
FAMILY: dict[str, tuple[str, ...]] = {
    lang: _names(demo.FAMILY[lang], _MORE_FAMILY[lang]) for lang in LANGUAGES
}
# Russian callers often give a patronymic; derived from the given names above.
PATRONYMIC_M = ("Иванович", "Сергеевич", "Петрович", "Алексеевич", "Дмитриевич", "Андреевич")
PATRONYMIC_F = ("Ивановна", "Сергеевна", "Петровна", "Алексеевна", "Дмитриевна", "Андреевна")

# (country calling code, leading national digits, national number length) per region.
PHONE_PLANS: dict[str, tuple[str, tuple[str, ...], int]] = {
    "IR": ("98", ("912", "935", "919", "901", "936", "910", "21"), 10),
    "US": ("1", ("212", "415", "646", "312", "617", "718", "305", "206"), 10),
    "GB": ("44", ("7400", "7538", "7812", "7946", "161", "7723"), 10),
    "AE": ("971", ("50", "52", "55", "56", "58"), 9),
    "SA": ("966", ("50", "53", "55", "56", "11"), 9),
    "EG": ("20", ("10", "11", "12", "15"), 10),
    "RU": ("7", ("916", "903", "926", "985", "495", "812"), 10),
}
REGIONS = demo.REGIONS
CURRENCY = {
    "IR": "IRR",
    "US": "USD",
    "GB": "GBP",
    "AE": "AED",
    "SA": "SAR",
    "EG": "EGP",
    "RU": "RUB",
}

# Sentences agents add to a story's notes, so that notes differ in length and wording.
EXTRA_NOTES = {
    "en": (
        "Caller asked for the reference number; given.",
        "Read back the address to confirm it.",
        "Caller was calmer by the end of the call.",
        "Second call about this today.",
    ),
    "fa": (
        "شماره پیگیری به مشتری داده شد.",
        "آدرس دوباره خوانده و تأیید شد.",
        "مشتری در پایان تماس آرام‌تر بود.",
    ),
    "ar": (
        "تم إعطاء العميل رقم المرجع.",
        "تمت قراءة العنوان للتأكيد.",
        "كان العميل أهدأ في نهاية المكالمة.",
    ),
    "ru": (
        "Клиенту продиктован номер обращения.",
        "Адрес перепроверили вместе с клиентом.",
        "К концу разговора клиент успокоился.",
    ),
}
