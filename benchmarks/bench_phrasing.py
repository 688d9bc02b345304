"""How long the phrasing coach takes per keystroke on a 2,000-character text, per language.

Run: python benchmarks/bench_phrasing.py [--runs N]. Each run appends one typed character to
the text (keeping its last 2,000 characters) and checks the whole text again, as the editor
does. Prints wall-clock and CPU-time median and 95th percentile beside the 2 ms budget.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agent_console.core.phrasing import load_phrasebook

BUDGET_MS = 2.0
LENGTH = 2000

# A call's notes: mostly ordinary sentences, some defensive ones, as an agent might type.
TEXTS = {
    "en": ("Thanks for calling, I understand how frustrating this is. Let me check the order. "
           "I'm sorry, but that's how it works. The parcel left the depot on Monday. "
           "You should have called us earlier. I can send a replacement today. "),
    "fa": ("ممنون که تماس گرفتید. می‌فهمم چقدر ناراحت‌کننده است. سفارش را بررسی می‌کنم. "
           "متأسفانه نمی‌توانیم کمکی بکنیم. بسته دوشنبه ارسال شد. "
           "شما باید زودتر تماس می‌گرفتید. امروز کالای جایگزین می‌فرستم. "),
    "ar": ("شكرًا لاتصالك. أتفهم انزعاجك. سأتحقق من الطلب الآن. "
           "للأسف لا نستطيع مساعدتك. غادر الطرد المستودع يوم الاثنين. "
           "كان عليك أن تتصل مبكرًا. يمكنني إرسال بديل اليوم. "),
    "ru": ("Спасибо за звонок. Понимаю, как это неприятно. Сейчас проверю заказ. "
           "К сожалению, мы не можем вам помочь. Посылка ушла со склада в понедельник. "
           "Вам следовало позвонить раньше. Я могу отправить замену сегодня. "),
}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def bench(lang: str, runs: int) -> tuple[list[float], list[float], int]:
    book = load_phrasebook(lang)
    source = TEXTS[lang]
    text = (source * (LENGTH // len(source) + 2))[:LENGTH]
    for _ in range(20):  # warm up caches
        book.check(text)
    wall: list[float] = []
    cpu: list[float] = []
    findings = 0
    gc.collect()
    for i in range(runs):
        text = (text + source[i % len(source)])[-LENGTH:]  # one keystroke
        w0, c0 = time.perf_counter(), time.thread_time()
        findings = len(book.check(text))
        cpu.append((time.thread_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
    return wall, cpu, findings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args()
    print(f"phrasing check, {LENGTH} characters, {args.runs} keystrokes per language, "
          f"budget {BUDGET_MS:.1f} ms")
    print(f"{'lang':5}{'findings':>9}{'wall median':>13}{'wall p95':>10}{'cpu median':>12}{'cpu p95':>9}")
    over = False
    for lang in TEXTS:
        wall, cpu, findings = bench(lang, args.runs)
        row = (median(wall), percentile(wall, 0.95), median(cpu), percentile(cpu, 0.95))
        over |= row[0] > BUDGET_MS
        print(f"{lang:5}{findings:>9}" + "".join(f"{v:>{w}.3f}" for v, w in zip(row, (13, 10, 12, 9),
                                                                              strict=True)))
    print("all medians within budget" if not over else "OVER BUDGET")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
