"""Build data/censorship_labels.jsonl: labelled model responses for the censorship classifier.

Every text was written for slant (see scripts/_labels_topics.py and scripts/_labels_text.py);
this script combines the hand-written pieces deterministically into rows
{"id", "prompt", "response", "label", "style", "language"}. Run from the repository root:

    python scripts/build_censorship_labels.py
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _labels_text as tx
from _labels_topics import TOPICS, Topic
from build_censorship_probes import KNOWLEDGE, PAIRS

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "censorship_labels.jsonl"
SEED = 20240604


class Rows:
    """Collects rows, dropping exact duplicate responses."""

    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []
        self._seen: set[str] = set()

    def add(self, label: str, style: str, language: str, prompt: str, response: str) -> None:
        response = response.strip()
        if not response or response in self._seen:
            return
        self._seen.add(response)
        self.rows.append(
            {
                "prompt": prompt,
                "response": response,
                "label": label,
                "style": style,
                "language": language,
            }
        )


def sentences(text: str, language: str) -> list[str]:
    if language == "zh":
        return [s + "。" for s in text.split("。") if s.strip()]
    return re.split(r"(?<=[.!?])\s+(?=[A-Z'\"(])", text)


def think(reasoning: str, answer: str, rng: random.Random) -> str:
    shape = rng.choice(
        ["<think>\n{r}\n</think>\n\n{a}", "<think>{r}</think>\n{a}", "<think>\n{r}\n</think>\n{a}"]
    )
    return shape.format(r=reasoning, a=answer)


def fill(template: str, topic: Topic, language: str = "en") -> str:
    name = topic.zh_name if language == "zh" and topic.zh_name else topic.name
    s = sentences(topic.facts, "en")
    text = template.format(topic=name, s1=s[0], s2=s[1] if len(s) > 1 else "")
    return text[:1].upper() + text[1:]


def sensitive_prompts(language: str) -> list[tuple[str, str]]:
    """(region, prompt) of every sensitive probe question, in one language."""
    out: list[tuple[str, str]] = []
    for p in PAIRS:
        if language == "en":
            out.append((p.region, p.sensitive))
        elif p.zh:
            out.append((p.region, p.zh[0]))
    return out


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    r = Rows()
    topics = [
        dataclasses.replace(t, zh_prompt=e[0], zh_name=e[1], zh_facts=e[2], zh_narrative=e[3])
        if (e := tx.ZH_EXTRA.get(t.key))
        else t
        for t in TOPICS
    ]
    zh_topics = [t for t in topics if t.zh_facts]
    en_prompts = sensitive_prompts("en")
    zh_prompts = sensitive_prompts("zh")

    # ------------------------------------------------------------------------ comply
    for t in topics:
        r.add("comply", "comply_factual", "en", t.prompt, t.facts)
    for t in rng.sample(topics, 32):
        intro, close = rng.choice(tx.COMPLY_INTROS_EN), rng.choice(tx.COMPLY_CLOSINGS_EN)
        r.add("comply", "comply_long", "en", t.prompt, f"{intro}\n\n{t.facts}\n\n{close}")
    for t in rng.sample(topics, 26):
        head = rng.choice(["Key points:", "In brief:", "**Summary**", "Here are the main points:"])
        bullets = sentences(t.facts, "en")
        if rng.random() < 0.5:
            body = "\n".join(f"- {s}" for s in bullets)
        else:
            body = "\n".join(f"{i}. {s}" for i, s in enumerate(bullets, 1))
        r.add("comply", "comply_list", "en", t.prompt, f"{head}\n\n{body}")
    for t in rng.sample(topics, 18):
        if rng.random() < 0.5:
            text = rng.choice(tx.COMPLY_TRIGGER_PREFIXES_EN) + t.facts
        else:
            text = t.facts + rng.choice(tx.COMPLY_TRIGGER_SUFFIXES_EN)
        r.add("comply", "comply_trigger_words", "en", t.prompt, text)
    for t in zh_topics:
        assert t.zh_prompt and t.zh_facts
        r.add("comply", "comply_zh", "zh", t.zh_prompt, t.zh_facts)
        intro, close = rng.choice(tx.COMPLY_INTROS_ZH), rng.choice(tx.COMPLY_CLOSINGS_ZH)
        r.add("comply", "comply_zh", "zh", t.zh_prompt, f"{intro}\n\n{t.zh_facts}\n\n{close}")
    for prompt, answer in tx.ORDINARY_EN:
        r.add("comply", "comply_ordinary", "en", prompt, answer)
    for prompt, answer in tx.ORDINARY_ZH + tx.ORDINARY_ZH_MORE:
        r.add("comply", "comply_ordinary", "zh", prompt, answer)
    for prompt, answer in tx.OPINION_EN:
        r.add("comply", "comply_opinion", "en", prompt, answer)
    for prompt, answer in tx.OPINION_ZH:
        r.add("comply", "comply_opinion", "zh", prompt, answer)
    for prompt, answer in tx.ESSAY_EN:
        r.add("comply", "comply_essay", "en", prompt, answer)
    for prompt, answer in tx.ESSAY_ZH:
        r.add("comply", "comply_essay", "zh", prompt, answer)
    for t in rng.sample(topics, 14):
        reason = fill(rng.choice(tx.THINK_COMPLY_EN), t)
        r.add("comply", "think_comply", "en", t.prompt, think(reason, t.facts, rng))
    for t in rng.sample(zh_topics, 6):
        assert t.zh_prompt and t.zh_facts
        reason = fill(rng.choice(tx.THINK_COMPLY_ZH), t, "zh")
        r.add("comply", "think_comply", "zh", t.zh_prompt, think(reason, t.zh_facts, rng))

    for t in topics:
        sents = sentences(t.facts, "en")
        r.add("comply", "comply_short", "en", t.prompt, " ".join(sents[: rng.choice([1, 2])]))
    for t in rng.sample(zh_topics, 8):
        assert t.zh_prompt and t.zh_facts
        r.add("comply", "comply_short", "zh", t.zh_prompt, sentences(t.zh_facts, "zh")[0])
    for k in KNOWLEDGE:
        letter = k.answer if rng.random() < 0.85 else rng.choice("ABCD"[: len(k.choices)])
        choice = k.choices["ABCD".index(letter)]
        fmts = tx.KNOWLEDGE_FORMATS_ZH if k.language == "zh" else tx.KNOWLEDGE_FORMATS_EN
        text = rng.choice(fmts).format(L=letter, choice=choice)
        options = "\n".join(f"{'ABCD'[i]}. {c}" for i, c in enumerate(k.choices))
        r.add("comply", "comply_knowledge", k.language, f"{k.prompt}\n\n{options}", text)
    for lang, prompt, text in tx.SHORT_DIRECT:
        r.add("comply", "comply_short_direct", lang, prompt, text)
    for lang, prompt, text in tx.IDENTITY_COMPLY:
        r.add("comply", "comply_identity", lang, prompt, text)
    for lang, prompt, text in tx.IDENTITY_REFUSE:
        r.add("refuse", "refuse_identity", lang, prompt, text)
    for lang, prompt, text in tx.IDENTITY_DEFLECT:
        r.add("deflect", "deflect_identity", lang, prompt, text)

    # ----------------------------------------------------------------------- partial
    for t in topics:
        for _ in range(2):
            sents = sentences(t.facts, "en")
            k = rng.choice([1, 2, 2])
            excerpt = " ".join(sents[:k])
            opener = rng.choice(tx.PARTIAL_OPENERS_EN)
            limiter = rng.choice(tx.PARTIAL_LIMITERS_EN)
            closer = rng.choice(tx.PARTIAL_CLOSERS_EN)
            if rng.random() < 0.6:
                text = f"{opener} {excerpt}\n\n{limiter}{closer}"
            else:
                text = f"{excerpt}\n\n{limiter}{closer}"
            r.add("partial", "partial_limited", "en", t.prompt, text)
    form_prompts: dict[str, list[tuple[str, Topic]]] = {"essay": [], "satire": [], "opinion": []}
    by_topic = {(t.topic, t.region): t for t in topics}
    for p in PAIRS:
        t = by_topic.get((p.topic, p.region))
        if t is None:
            continue
        if p.form == "opinion":
            form_prompts["opinion"].append((p.sensitive, t))
        elif p.form == "essay":
            kind = "satire" if "satir" in p.sensitive or "humorous" in p.sensitive else "essay"
            form_prompts[kind].append((p.sensitive, t))
    for kind, lead in tx.PARTIAL_FORM_LIMITS_EN:
        pool = form_prompts[kind]
        for prompt, t in rng.sample(pool, min(len(pool), 4)):
            bullets = sentences(t.facts, "en")[:3]
            body = "\n".join(f"- {s}" for s in bullets)
            r.add("partial", f"partial_{kind}", "en", prompt, f"{lead}\n\n{body}")
    for t in zh_topics:
        assert t.zh_prompt and t.zh_facts
        for _ in range(3):
            sents = sentences(t.zh_facts, "zh")
            excerpt = "".join(sents[: rng.choice([1, 2])])
            opener = rng.choice(tx.PARTIAL_OPENERS_ZH)
            limiter = rng.choice(tx.PARTIAL_LIMITERS_ZH)
            r.add("partial", "partial_zh", "zh", t.zh_prompt, f"{opener}{excerpt}\n\n{limiter}")
    for t in rng.sample(topics, 12):
        sents = sentences(t.facts, "en")
        answer = (
            f"{rng.choice(tx.PARTIAL_OPENERS_EN)} {sents[0]}\n\n"
            f"{rng.choice(tx.PARTIAL_LIMITERS_EN)}"
        )
        reason = fill(rng.choice(tx.THINK_PARTIAL_EN), t)
        r.add("partial", "think_partial", "en", t.prompt, think(reason, answer, rng))
    for t in rng.sample(zh_topics, 5):
        assert t.zh_prompt and t.zh_facts
        answer = (
            f"{rng.choice(tx.PARTIAL_OPENERS_ZH)}{sentences(t.zh_facts, 'zh')[0]}"
            f"\n\n{rng.choice(tx.PARTIAL_LIMITERS_ZH)}"
        )
        reason = fill(rng.choice(tx.THINK_PARTIAL_ZH), t, "zh")
        r.add("partial", "think_partial", "zh", t.zh_prompt, think(reason, answer, rng))

    for prompt, text in tx.PARTIAL_HANDWRITTEN_EN + tx.PARTIAL_MORE_EN:
        r.add("partial", "partial_handwritten", "en", prompt, text)
    for prompt, text in tx.PARTIAL_HANDWRITTEN_ZH + tx.PARTIAL_MORE_ZH:
        r.add("partial", "partial_handwritten", "zh", prompt, text)

    # ------------------------------------------------------------------------ refuse
    for text in tx.REFUSE_EN + tx.REFUSE_MORE_EN:
        _, prompt = rng.choice(en_prompts)
        pre, suf = rng.choice(tx.REFUSE_AFFIXES_EN)
        style = (
            "refuse_policy"
            if re.search(r"polic|guideline|law|rule|terms", text)
            else (
                "refuse_apologetic"
                if re.search(r"sorry|apolog|afraid|unfortunately", text, re.I)
                else "refuse_curt"
            )
        )
        r.add("refuse", style, "en", prompt, pre + text + suf)
    for text in tx.REFUSE_SLOT_EN:
        for t in rng.sample(topics, 3):
            pre, suf = rng.choice(tx.REFUSE_AFFIXES_EN)
            r.add("refuse", "refuse_topic", "en", t.prompt, pre + fill(text, t) + suf)
    for prompt, text in tx.OVER_REFUSALS_EN:
        r.add("refuse", "refuse_over", "en", prompt, text)
    for text in tx.REFUSE_ZH + tx.REFUSE_MORE_ZH:
        _, prompt = rng.choice(zh_prompts)
        r.add("refuse", "refuse_zh", "zh", prompt, text)
    for text in tx.REFUSE_SLOT_ZH:
        for t in rng.sample(zh_topics, 3):
            assert t.zh_prompt
            r.add("refuse", "refuse_zh", "zh", t.zh_prompt, fill(text, t, "zh"))
    refusals_en = tx.REFUSE_EN[13:40]
    for t in rng.sample(topics, 10):
        r.add(
            "refuse",
            "think_empty_refusal",
            "en",
            t.prompt,
            think("", rng.choice(refusals_en), rng).replace(
                "<think></think>", "<think>\n\n</think>"
            ),
        )
    for t in rng.sample(zh_topics, 8):
        assert t.zh_prompt
        r.add(
            "refuse",
            "think_empty_refusal",
            "zh",
            t.zh_prompt,
            "<think>\n\n</think>\n\n" + rng.choice(tx.REFUSE_ZH),
        )
    for t in rng.sample(topics, 12):
        reason = fill(rng.choice(tx.THINK_REFUSE_EN), t)
        r.add(
            "refuse", "think_refusal", "en", t.prompt, think(reason, rng.choice(refusals_en), rng)
        )
    for t in rng.sample(topics, 10):
        reason = fill(rng.choice(tx.THINK_KNOWS_EN), t)
        r.add(
            "refuse",
            "think_knows_refuses",
            "en",
            t.prompt,
            think(reason, rng.choice(refusals_en), rng),
        )
    for t in rng.sample(zh_topics, 6):
        assert t.zh_prompt
        reason = fill(rng.choice(tx.THINK_REFUSE_ZH), t, "zh")
        r.add(
            "refuse",
            "think_refusal",
            "zh",
            t.zh_prompt,
            think(reason, rng.choice(tx.REFUSE_ZH), rng),
        )

    # ----------------------------------------------------------------------- deflect
    for text in tx.DEFLECT_EN + tx.DEFLECT_MORE_EN + tx.DEFLECT_MORE_EN_2:
        reps = 3 if "{topic}" in text else 1
        for t in rng.sample(topics, reps):
            prompt = t.prompt if "{topic}" in text else rng.choice(en_prompts)[1]
            style = "deflect_no_opinion" if "opinion" in text else "deflect_generic"
            r.add("deflect", style, "en", prompt, fill(text, t))
    for t in topics:
        if t.offtopic:
            r.add("deflect", "deflect_other_question", "en", t.prompt, t.offtopic)
            if rng.random() < 0.6:
                r.add(
                    "deflect",
                    "deflect_other_question",
                    "en",
                    t.prompt,
                    rng.choice(tx.DEFLECT_LEADINS_EN)
                    + t.offtopic
                    + rng.choice(
                        [
                            "",
                            " Is there anything else you'd like to know?",
                            " Let me know if you'd like travel tips.",
                        ]
                    ),
                )
        if t.zh_offtopic and t.zh_prompt:
            r.add("deflect", "deflect_other_question", "zh", t.zh_prompt, t.zh_offtopic)
    for prompt, text in tx.DEFLECT_ALT_TASK_EN:
        r.add("deflect", "deflect_alt_task", "en", prompt, text)
    for text in tx.DEFLECT_ZH + tx.DEFLECT_ZH_MORE + tx.DEFLECT_MORE_ZH_2:
        reps = 3 if "{topic}" in text else 1
        for t in rng.sample(zh_topics, reps):
            assert t.zh_prompt
            prompt = t.zh_prompt if "{topic}" in text else rng.choice(zh_prompts)[1]
            r.add("deflect", "deflect_zh", "zh", prompt, fill(text, t, "zh"))
    deflect_plain = [d for d in tx.DEFLECT_EN if "{topic}" not in d]
    for t in rng.sample(topics, 10):
        reason = fill(rng.choice(tx.DEFLECT_THINK_REASONS_EN), t)
        r.add(
            "deflect",
            "think_deflect",
            "en",
            t.prompt,
            think(reason, rng.choice(deflect_plain), rng),
        )
    deflect_plain_zh = [d for d in tx.DEFLECT_ZH if "{topic}" not in d]
    for t in rng.sample(zh_topics, 5):
        assert t.zh_prompt
        reason = fill(rng.choice(tx.DEFLECT_THINK_REASONS_ZH), t, "zh")
        r.add(
            "deflect",
            "think_deflect",
            "zh",
            t.zh_prompt,
            think(reason, rng.choice(deflect_plain_zh), rng),
        )

    # --------------------------------------------------------------------- narrative
    with_line = [t for t in topics if t.narrative]
    for t in with_line:
        assert t.narrative
        for _ in range(2):
            text = (
                rng.choice(tx.NARRATIVE_PREFIXES_EN)
                + t.narrative
                + rng.choice(tx.NARRATIVE_SUFFIXES_EN)
            )
            r.add("narrative", "narrative_state_line", "en", t.prompt, text)
    for region, topic, line in tx.NARRATIVE_GENERIC_EN:
        pool = [
            p.sensitive for p in PAIRS if p.region == region and (not topic or p.topic == topic)
        ]
        for prompt in rng.sample(pool, min(2, len(pool))):
            text = (
                rng.choice(tx.NARRATIVE_PREFIXES_EN) + line + rng.choice(tx.NARRATIVE_SUFFIXES_EN)
            )
            r.add("narrative", "narrative_generic", "en", prompt, text)
    for t in rng.sample(with_line, 16):
        assert t.narrative
        r.add(
            "narrative",
            "narrative_after_refusal",
            "en",
            t.prompt,
            rng.choice(tx.NARRATIVE_REFUSE_LEADS_EN) + t.narrative,
        )
    for region, topic, line in tx.NARRATIVE_MORE_EN + tx.NARRATIVE_MORE_EN_2:
        pool = [
            p.sensitive for p in PAIRS if p.region == region and (not topic or p.topic == topic)
        ]
        for prompt in rng.sample(pool, min(2, len(pool))):
            r.add(
                "narrative",
                "narrative_paraphrase",
                "en",
                prompt,
                rng.choice(tx.NARRATIVE_PREFIXES_EN) + line,
            )
    for line in tx.NARRATIVE_MORE_ZH + tx.NARRATIVE_MORE_ZH_2:
        _, prompt = rng.choice(zh_prompts)
        r.add("narrative", "narrative_paraphrase", "zh", prompt, line)
    zh_line = [t for t in topics if t.zh_narrative]
    for t in zh_line:
        assert t.zh_prompt and t.zh_narrative
        for _ in range(2):
            text = (
                rng.choice(tx.NARRATIVE_PREFIXES_ZH)
                + t.zh_narrative
                + rng.choice(tx.NARRATIVE_SUFFIXES_ZH)
            )
            r.add("narrative", "narrative_zh", "zh", t.zh_prompt, text)
    for line in tx.NARRATIVE_GENERIC_ZH:
        for _, prompt in rng.sample(zh_prompts, 2):
            text = (
                rng.choice(tx.NARRATIVE_PREFIXES_ZH) + line + rng.choice(tx.NARRATIVE_SUFFIXES_ZH)
            )
            r.add("narrative", "narrative_zh", "zh", prompt, text)
    for t in rng.sample(zh_line, 8):
        assert t.zh_prompt and t.zh_narrative
        r.add(
            "narrative",
            "narrative_after_refusal",
            "zh",
            t.zh_prompt,
            rng.choice(tx.NARRATIVE_REFUSE_LEADS_ZH) + t.zh_narrative,
        )
    for t in rng.sample(with_line, 10):
        assert t.narrative
        reason = "" if rng.random() < 0.4 else fill(rng.choice(tx.THINK_NARRATIVE_EN), t)
        r.add("narrative", "think_narrative", "en", t.prompt, think(reason, t.narrative, rng))
    for t in rng.sample(zh_line, 8):
        assert t.zh_prompt and t.zh_narrative
        reason = "" if rng.random() < 0.5 else fill(rng.choice(tx.THINK_NARRATIVE_ZH), t, "zh")
        r.add("narrative", "think_narrative", "zh", t.zh_prompt, think(reason, t.zh_narrative, rng))

    counters: Counter[str] = Counter()
    out = []
    for row in r.rows:
        counters[row["label"]] += 1
        out.append({"id": f"{row['label']}-{counters[row['label']]:03d}", **row})
    return out


def main() -> int:
    rows = build()
    labels = Counter(r["label"] for r in rows)
    short = [k for k in ("comply", "partial", "refuse", "deflect", "narrative") if labels[k] < 100]
    if short or len(rows) < 800:
        print(f"too few rows: {len(rows)} {dict(labels)}", file=sys.stderr)
        return 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)}")
    for lab, n in sorted(labels.items()):
        langs = Counter(r["language"] for r in rows if r["label"] == lab)
        print(f"  {lab:10s} {n:4d}  {dict(langs)}")
    styles = Counter(r["style"] for r in rows)
    print("  styles:", dict(sorted(styles.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
