"""Names, numbers and call notes for the demo database, in English, Persian, Arabic and Russian."""

from __future__ import annotations

# (name, phone as a person would give it, region of that phone, language, account prefix)
FIRST_CALLERS: tuple[tuple[str, str, str, str], ...] = (
    ("Maryam Rahimi", "0912 345 6789", "IR", "fa"),
    ("مریم رحیمی", "0935 210 4417", "IR", "fa"),
    ("علی كریمی", "0912 777 1020", "IR", "fa"),
    ("Karim Haddad", "+971 50 123 4567", "AE", "ar"),
    ("كريم حداد", "+966 55 987 6543", "SA", "ar"),
    ("Алёна Смирнова", "+7 916 555-12-34", "RU", "ru"),
    ("Jane O'Connor", "+1 (415) 555-0134", "US", "en"),
    ("Élodie Martin", "+33 6 12 34 56 78", "FR", "en"),
)

GIVEN = {
    "en": ("James", "Olivia", "Noah", "Emma", "Liam", "Sophia", "Lucas", "Mia", "Ethan", "Grace"),
    "fa": ("رضا", "سارا", "محمد", "فاطمه", "حسین", "زهرا", "آرش", "نگار", "امیر", "لیلا"),
    "ar": ("أحمد", "فاطمة", "يوسف", "مريم", "عمر", "ليلى", "خالد", "سلمى", "حسن", "نور"),
    "ru": (
        "Иван",
        "Ольга",
        "Сергей",
        "Анна",
        "Дмитрий",
        "Ксения",
        "Павел",
        "Мария",
        "Артём",
        "Юлия",
    ),
}
FAMILY = {
    "en": ("Smith", "Brown", "Wilson", "Taylor", "Clarke", "Evans", "Walker", "Wright"),
    "fa": ("احمدی", "محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری", "صادقی"),
    "ar": ("الحسن", "العلي", "الخطيب", "النجار", "الحداد", "المصري", "الشامي", "البكري"),
    "ru": ("Иванов", "Петрова", "Соколов", "Кузнецова", "Попов", "Волкова", "Лебедев", "Новикова"),
}
REGIONS = {"en": ("US", "GB"), "fa": ("IR",), "ar": ("AE", "SA", "EG"), "ru": ("RU",)}

AGENTS: tuple[tuple[str, str, str], ...] = (
    ("smills", "Sara Mills", "agent"),
    ("rkarimi", "رضا کریمی", "agent"),
    ("lhaddad", "ليلى حداد", "agent"),
    ("dorlov", "Дмитрий Орлов", "lead"),
)

# (category, summary, notes, root cause, resolution, outcome) per language.
STORIES: dict[str, tuple[tuple[str, str, str, str, str, str], ...]] = {
    "en": (
        (
            "billing",
            "Charged twice for the March invoice",
            "Caller saw two identical charges on the card statement. Confirmed the duplicate "
            "in billing; refund requested, 3-5 working days. Caller relieved once the date was clear.",
            "process",
            "refund",
            "resolved",
        ),
        (
            "delivery",
            "Parcel marked delivered but never arrived",
            "Courier photo shows a different door. Opened a trace with the courier and promised "
            "a call back by Friday with the result.",
            "third_party",
            "pending",
            "follow_up",
        ),
        (
            "technical",
            "Cannot log in to the app after the update",
            "Password reset loop on Android. Walked through clearing the app cache; works now. "
            "Caller is comfortable with technical steps.",
            "product_defect",
            "fixed",
            "resolved",
        ),
        (
            "staff",
            "Previous agent hung up mid-call",
            "Apologised sincerely without excuses, noted the time of the earlier call for the "
            "team lead. Caller accepted a goodwill credit.",
            "staff_error",
            "discount",
            "resolved",
        ),
        (
            "broken_promise",
            "Promised free installation, then billed for it",
            "Sales script said installation is free for annual plans. Checked the order: "
            "annual plan, so the fee is wrong. Fee reversed.",
            "expectations",
            "refund",
            "resolved",
        ),
    ),
    "fa": (
        (
            "billing",
            "قبض این ماه دو برابر شده",
            "مشترک گفت مبلغ قبض بدون دلیل دو برابر شده است. جزئیات مصرف بررسی شد؛ "
            "خطای ثبت کنتور بود. اصلاح قبض ثبت شد و پیامک تأیید ارسال می‌شود.",
            "process",
            "fixed",
            "resolved",
        ),
        (
            "delivery",
            "سفارش بعد از ده روز هنوز نرسیده",
            "پیگیری از شرکت پست انجام شد؛ بسته در انبار مانده بود. قول دادیم تا پنجشنبه "
            "خبر بدهیم. تست فارسی و English با هم در یادداشت.",
            "third_party",
            "pending",
            "follow_up",
        ),
        (
            "quality",
            "یخچال نو از روز دوم صدا می‌دهد",
            "با مشتری همدلی شد و عذرخواهی کردیم. کارشناس فنی برای بازدید فرستاده می‌شود؛ "
            "در صورت تأیید ایراد، تعویض انجام می‌شود.",
            "product_defect",
            "replacement",
            "follow_up",
        ),
        (
            "staff",
            "برخورد نامناسب کارمند شعبه",
            "مشتری از لحن کارمند ناراحت بود. بدون توجیه عذرخواهی شد و موضوع به سرپرست شعبه "
            "گزارش شد.",
            "staff_error",
            "apology",
            "resolved",
        ),
    ),
    "ar": (
        (
            "technical",
            "انقطاع الإنترنت منذ ثلاثة أيام",
            "العميل غاضب لأن الخدمة مقطوعة. تم التحقق من عطل في المنطقة؛ وعدنا بالاتصال "
            "عند عودة الخدمة مع خصم على الفاتورة.",
            "product_defect",
            "discount",
            "follow_up",
        ),
        (
            "billing",
            "رسوم إضافية غير واضحة في الفاتورة",
            "شرحنا بند الرسوم بالتفصيل؛ تبين أنه رسم تفعيل لمرة واحدة. العميل اقتنع بعد الشرح.",
            "misunderstanding",
            "explained",
            "resolved",
        ),
        (
            "ignored_feedback",
            "اشتكيت سابقاً ولم يتغير شيء",
            "هذه الشكوى الثالثة عن نفس المشكلة. اعتذرنا بصدق وتم تصعيد الحالة إلى المشرف "
            "مع ملخص الشكاوى السابقة.",
            "process",
            "escalated",
            "escalated",
        ),
    ),
    "ru": (
        (
            "delivery",
            "Курьер опоздал на два дня",
            "Клиентка очень расстроена: взяла отгул ради доставки. Извинились без оправданий, "
            "оформили компенсацию доставки.",
            "third_party",
            "refund",
            "resolved",
        ),
        (
            "usability",
            "Не получается оформить возврат на сайте",
            "Форма возврата выдаёт ошибку на последнем шаге. Оформили возврат вручную, "
            "передали ошибку разработчикам.",
            "product_defect",
            "fixed",
            "resolved",
        ),
        (
            "competitor",
            "У конкурентов тариф дешевле",
            "Клиент сравнил с тарифом конкурента. Предложили подходящий тариф со скидкой; "
            "клиент обещал подумать, перезвоним в понедельник.",
            "expectations",
            "discount",
            "follow_up",
        ),
    ),
}

PINNED = {
    "en": "Prefers e-mail confirmations. Hard of hearing: speak slowly.",
    "fa": "فقط بعد از ساعت ۱۶ تماس گرفته شود.",
    "ar": "يفضل التواصل باللغة العربية. عميل منذ ٢٠١٥.",
    "ru": "Просит перезванивать на мобильный, не на рабочий.",
}
