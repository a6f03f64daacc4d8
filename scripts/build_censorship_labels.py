"""Build data/censorship_labels.jsonl: labelled model responses for the censorship classifier.

Every text was written for slant (see scripts/_labels_topics.py and scripts/_labels_text.py);
this script combines the hand-written pieces deterministically into rows
{"id", "prompt", "response", "label", "style", "language"}. Besides the censorship topics it
builds answers in the general chat-assistant styles (`add_assistant_styles`: everyday tasks
answered helpfully, long moralising refusals, partial answers, charitable reinterpretations),
with their own random stream so the older rows are unchanged. Run from the repository root:

    python scripts/build_censorship_labels.py
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _labels_text as tx
from _labels_topics import REQUESTS, REQUESTS_ZH, TASKS, TASKS_ZH, TOPICS, Request, Task, Topic
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

    add_assistant_styles(r, random.Random(SEED + 1))

    counters: Counter[str] = Counter()
    out = []
    for row in r.rows:
        counters[row["label"]] += 1
        out.append({"id": f"{row['label']}-{counters[row['label']]:03d}", **row})
    return out


# --------------------------------------------------------------- assistant-style answers
def _step_parts(step: str) -> tuple[str, str]:
    """("Title", "body") of a "Title: body" step, or ("", step) when it has no title."""
    title, sep, body = step.partition(": ")
    if sep and len(title) <= 45 and "`" not in title and not title.startswith("'"):
        return title, body[:1].upper() + body[1:]
    return "", step


def _steps_list(steps: Sequence[str], rng: random.Random) -> str:
    style = rng.choice(["num_bold", "num", "bullet_bold", "bullet", "num_body", "dot"])
    lines = []
    for i, step in enumerate(steps, 1):
        title, body = _step_parts(step)
        if style == "num_bold" and title:
            lines.append(f"{i}. **{title}**: {body}")
        elif style == "bullet_bold" and title:
            lines.append(f"- **{title}:** {body}")
        elif style == "num_body":
            lines.append(f"{i}. {body}")
        elif style in ("num", "num_bold"):
            lines.append(f"{i}. {step}")
        elif style == "dot":
            lines.append(f"• {step}")
        else:
            lines.append(f"- {step}")
    sep = "\n\n" if rng.random() < 0.25 else "\n"
    return sep.join(lines)


def _steps_prose(steps: Sequence[str], rng: random.Random) -> str:
    # a short body ("If someone is close in front") only reads well with its title
    bodies = [b if len(b.split()) >= 6 else s for s in steps if (b := _step_parts(s)[1])]
    bodies = [b if b[-1:] in ".!?'\"" else b + "." for b in bodies]
    if rng.random() < 0.5:
        return " ".join(bodies)
    half = max(1, len(bodies) // 2)
    return " ".join(bodies[:half]) + "\n\n" + " ".join(bodies[half:])


def _headed(steps: Sequence[str], rng: random.Random) -> str:
    out = []
    for i, step in enumerate(steps, 1):
        title, body = _step_parts(step)
        if not title:
            return _steps_list(steps, rng)
        head = rng.choice([f"**{i}. {title}**", f"### {title}", f"**{title}**"])
        out.append(f"{head}\n{body}")
    return "\n\n".join(out)


def render_task(task: Task, style: str, rng: random.Random) -> str:
    """One compliant answer to an everyday task, in one of the common assistant styles."""
    opener = rng.choice(tx.ASSIST_OPENERS_EN)
    closing = rng.choice(tx.ASSIST_CLOSINGS_EN) if rng.random() < 0.7 else ""
    note = task.note if task.note and rng.random() < 0.6 else ""
    steps = list(task.steps)
    if style == "short":
        return opener + task.short if rng.random() < 0.3 else task.short
    if style == "list":
        head = rng.choice(tx.ASSIST_LIST_HEADS_EN)
        parts = [f"{opener}{task.lead} {head}", _steps_list(steps, rng), note, closing]
    elif style == "caution":
        cautions = [c for c in tx.ASSIST_CAUTIONS_EN if task.note or not c.endswith(":")]
        caution = rng.choice(cautions)
        first = f"{caution} {task.note}" if task.note else caution
        bridge = rng.choice(tx.ASSIST_CAUTION_BRIDGES_EN)
        body = _steps_list(steps, rng) if rng.random() < 0.6 else _steps_prose(steps, rng)
        parts = [f"{first} {bridge}".strip(), body, closing]
    elif style == "prose":
        parts = [f"{opener}{task.short}", _steps_prose(steps, rng), note, closing]
    elif style == "clarify":
        ask = task.ask or rng.choice(tx.ASSIST_ASKS_EN)
        head = rng.choice(tx.ASSIST_LIST_HEADS_EN)
        parts = [f"{opener}{task.lead} {head}", _steps_list(steps, rng), note, ask]
    elif style == "headers":
        parts = [f"{opener}{task.lead}", _headed(steps, rng), note, closing]
    elif style == "disclaimer":
        disclaimer = rng.choice(tx.ASSIST_DISCLAIMERS_EN)
        parts = [f"{disclaimer} {task.short}", _steps_list(steps, rng), note, closing]
    else:
        raise ValueError(style)
    return "\n\n".join(p for p in parts if p)


def render_task_zh(task: Task, style: str, rng: random.Random) -> str:
    opener = rng.choice(tx.ASSIST_OPENERS_ZH)
    closing = rng.choice(tx.ASSIST_CLOSINGS_ZH) if rng.random() < 0.7 else ""
    if style == "short":
        return task.short
    lines = [f"{i}. {s}" for i, s in enumerate(task.steps, 1)]
    if rng.random() < 0.3:
        lines = [f"- {s}" for s in task.steps]
    note = (rng.choice(tx.ASSIST_CAUTIONS_ZH) + task.note) if task.note else ""
    ask = task.ask if style == "clarify" and task.ask else ""
    head = "" if task.lead.endswith("：") else rng.choice(tx.ASSIST_LIST_HEADS_ZH)
    parts = [f"{opener}{task.lead}{head}", "\n".join(lines), note, ask or closing]
    return "\n\n".join(p for p in parts if p)


# requests about the user's own health, where a lecture about the law would be out of place
CARE_KEYS = {"crash_diet", "skip_medication", "steroids", "self_harm"}


def render_refusal(req: Request, rng: random.Random, long: bool) -> str:
    """A refusal of a request: curt with one alternative, or long and moralising."""
    decline = rng.choice(tx.DECLINES_EN).format(act=req.act)
    if not long:
        extra = rng.choice([req.harm, req.alts[0], f"{req.harm} {req.alts[-1]}"])
        return f"{decline} {extra}"
    parts = [decline]
    if rng.random() < 0.55:
        parts.append(rng.choice(tx.AI_IDENTITY_EN).format(act=req.act))
    parts.append(req.harm)
    head = " ".join(parts)
    lead = rng.choice(tx.ALT_LEADS_EN)
    if rng.random() < 0.35 and len(req.alts) > 1:
        head = lead.strip().rstrip(",")
        head = head if not head or head.endswith((":", ".")) else head + ":"
        alts = head + "\n\n" + "\n".join(f"- {a}" for a in req.alts)
    else:
        first, *rest = req.alts
        if lead.endswith(", ") and first[1:2].islower() and not first.startswith("I"):
            first = first[:1].lower() + first[1:]
        alts = lead + " ".join([first, *rest])
    lectures = tx.CARE_LECTURES_EN if req.key in CARE_KEYS else tx.LECTURES_EN
    tail = " ".join(
        t
        for t in (
            rng.choice(lectures) if rng.random() < 0.65 else "",
            rng.choice(tx.REFUSE_CLOSINGS_EN),
        )
        if t
    )
    return "\n\n".join(p.strip() for p in (head, alts, tail) if p.strip())


def render_partial(req: Request, rng: random.Random) -> str:
    """Some general information on the request, with the rest explicitly withheld."""
    if rng.random() < 0.5:
        lead = rng.choice(tx.PARTIAL_GENERAL_LEADS_EN).format(withheld=req.withheld)
        alt = f" {rng.choice(req.alts)}" if rng.random() < 0.4 else ""
        return f"{lead} {req.general}{alt}"
    tail = rng.choice(tx.PARTIAL_GENERAL_TAILS_EN).format(withheld=req.withheld)
    alt = f" {rng.choice(req.alts)}" if rng.random() < 0.5 else ""
    return f"{req.general} {tail}{alt}"


_ALARMING = re.compile(
    r"\b(?:kill|shoot|attack|execut|terminat|nuke|destroy|beat|cut up|hurt|lethal|"
    r"self-defence|pickpocket|groom|chemical|wasp|mould|villain|murder)",
    re.I,
)
_EXPLAIN_VERBS = ("explain", "describe", "compare", "recognise", "learn", "spot")


def add_assistant_styles(r: Rows, rng: random.Random) -> None:
    """Everyday tasks answered in the common assistant styles, and declined requests."""
    long_styles = ["list", "caution", "prose", "clarify", "headers", "disclaimer"]
    for task in TASKS:
        styles = rng.sample(long_styles, 2)
        if rng.random() < 0.6:
            styles.append("short")
        for style in styles:
            r.add("comply", f"assist_{style}", "en", task.prompt, render_task(task, style, rng))
    # over-cautious refusals of harmless requests, mostly ones with alarming words in them
    alarming = [t for t in TASKS if _ALARMING.search(t.prompt)]
    rest = [t for t in TASKS if t not in alarming and not t.act.startswith(_EXPLAIN_VERBS)]
    over = rng.sample(alarming, len(alarming)) + rng.sample(rest, 34 - len(alarming))
    for i, task in enumerate(over):
        decline = rng.choice(tx.OVERREFUSAL_DECLINES_EN).format(act=task.act)
        reason = rng.choice(tx.OVERREFUSAL_REASONS_EN)
        if i < 22:
            alt = rng.choice(tx.OVERREFUSAL_ALTS_EN)
            lecture = rng.choice(tx.LECTURES_EN) if rng.random() < 0.4 else ""
            text = " ".join(p for p in (decline, reason, alt, lecture) if p)
            r.add("refuse", "refuse_over_assist", "en", task.prompt, text)
        else:
            turn = rng.choice(tx.OVERREFUSAL_TURNS_EN)
            text = f"{decline} {reason}\n\n{turn} {task.short}"
            r.add("partial", "partial_refuse_then_help", "en", task.prompt, text)
    for task in rng.sample(TASKS, 22):
        lead = f"{rng.choice(tx.ASSIST_OPENERS_EN)}{task.lead}"
        k = rng.choice([1, 2])
        body = _steps_list(task.steps[:k], rng) if rng.random() < 0.5 else task.short
        tail = rng.choice(tx.PARTIAL_TASK_TAILS_EN)
        r.add("partial", "partial_withheld_steps", "en", task.prompt, f"{lead}\n\n{body}\n\n{tail}")
    for prompt, answer in tx.ORDINARY_PROSE_EN:
        r.add("comply", "assist_prose_answer", "en", prompt, answer)
        if rng.random() < 0.35:
            opener = rng.choice([o for o in tx.ASSIST_OPENERS_EN if o])
            closing = rng.choice(tx.ASSIST_CLOSINGS_EN)
            r.add("comply", "assist_prose_answer", "en", prompt, f"{opener}{answer} {closing}")
    for prompt, answer in tx.ORDINARY_DARK_WORDS_EN:
        r.add("comply", "assist_dark_words", "en", prompt, answer)
    # complete answers that end with a follow-up question are still complete
    followup_pool = tx.ORDINARY_EN + tx.ORDINARY_PROSE_EN + tx.ORDINARY_DARK_WORDS_EN
    for prompt, answer in rng.sample(followup_pool, 40):
        opener = rng.choice(tx.ASSIST_OPENERS_EN)
        r.add(
            "comply",
            "assist_followup_question",
            "en",
            prompt,
            f"{opener}{answer} {rng.choice(tx.FOLLOWUPS_EN)}",
        )
    for prompt, text in tx.RECASTS_EN:
        r.add("deflect", "deflect_recast", "en", prompt, text + rng.choice(tx.RECAST_CLOSINGS_EN))
    for prompt, text in tx.RECASTS_ZH:
        r.add("deflect", "deflect_recast", "zh", prompt, text)
    for prompt, text in tx.PARTIAL_SPLIT_EN:
        r.add("partial", "partial_split_request", "en", prompt, text)
    for prompt, text in tx.PARTIAL_SPLIT_ZH:
        r.add("partial", "partial_split_request", "zh", prompt, text)
    for prompt, answer in tx.ORDINARY_PROSE_ZH:
        r.add("comply", "assist_prose_answer", "zh", prompt, answer)
    for task in TASKS_ZH:
        for style in ["short", *rng.sample(["list", "clarify", "list"], 2)]:
            r.add("comply", f"assist_{style}", "zh", task.prompt, render_task_zh(task, style, rng))

    for req in REQUESTS:
        r.add("refuse", "refuse_moralising", "en", req.prompt, render_refusal(req, rng, True))
        if rng.random() < 0.5:
            r.add("refuse", "refuse_moralising", "en", req.prompt, render_refusal(req, rng, True))
        if rng.random() < 0.6:
            r.add(
                "refuse",
                "refuse_with_alternative",
                "en",
                req.prompt,
                render_refusal(req, rng, False),
            )
        if req.general:
            for _ in range(2):
                r.add("partial", "partial_general_only", "en", req.prompt, render_partial(req, rng))
        if req.recast:
            closing = rng.choice(tx.RECAST_CLOSINGS_EN)
            r.add("deflect", "deflect_recast", "en", req.prompt, req.recast + closing)
    for prompt, claim, counter in tx.PREMISES_EN:
        for _ in range(2):
            decline = rng.choice(tx.PREMISE_DECLINES_EN).format(claim=claim)
            lecture = rng.choice(tx.LECTURES_EN) if rng.random() < 0.5 else ""
            text = " ".join(p for p in (decline, counter, lecture) if p)
            r.add("refuse", "refuse_premise", "en", prompt, text)
    for prompt, text in tx.PREMISES_ZH:
        r.add("refuse", "refuse_premise", "zh", prompt, text)
    for req in REQUESTS_ZH:
        for _ in range(2):
            decline = rng.choice(tx.DECLINES_ZH).format(act=req.act)
            lecture = rng.choice(tx.LECTURES_ZH)
            text = decline + req.harm + rng.choice(req.alts) + lecture
            text += rng.choice(tx.REFUSE_CLOSINGS_ZH)
            r.add("refuse", "refuse_moralising", "zh", req.prompt, text)
        if req.general:
            lead = rng.choice(tx.PARTIAL_LEADS_ZH)
            tail = rng.choice(tx.PARTIAL_TAILS_ZH).format(withheld=req.withheld)
            r.add("partial", "partial_general_only", "zh", req.prompt, lead + req.general + tail)


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
