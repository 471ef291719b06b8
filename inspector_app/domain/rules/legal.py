"""The legal rule set checked before a document becomes final: one evaluation for the editor and finalisation.

The rules are data (``resources/reference/legal_rules.json``: each rule's severity, what to do, its legal
basis and confidence; the signers' authority; the criminal thresholds). This module parses that data and
checks one document against it, together with its case, the other documents of the case and the violation
catalog:

- fines: the amount of each act lies in the range of its cited point for the subject kind (organisations
  ×2 except the decree's listed articles; ×2 under the article's khoản 2 only for the grounds recorded on
  the violation), the point matches the goods value band and the illegal-profit band (the higher wins),
  the range is not above the area maximum, unconfirmed catalog rows must be confirmed against the text;
- authority: the frame maximum of each act and the confiscated value stay within the signer's title;
  beyond it the problem names who has authority; a title whose limits are not confirmed in a source is
  reported as "chưa xác minh" for the officer to check, not enforced;
- criminal thresholds (BLHS 190–195 as the catalog's acts touch them: goods value, illegal profit, the
  recorded ×2 ground such as counterfeit food or medicine, an earlier sanction, a quantity): past one,
  the officer is pointed to transferring the file, not to a decision;
- order and time: BB-KT before the MBB01 it grounds, MBB01 before the decision it grounds, seizure before
  sealing, seals created before they are cited or opened, ends not before starts, MBB01 and decision
  within their deadlines (counted by the caller's deadline function over ``deadline_rules.json``).

Standard library only; the services layer gathers the context and stores overrides.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from inspector_app.domain.errors import SEVERITIES, InspectorError, Problem, ValidationError
from inspector_app.domain.format import format_dong
from inspector_app.domain.kinds import KINDS
from inspector_app.domain.model import Case, Document, DocumentStatus, GoodsRow, ViolationRef
from inspector_app.domain.text import fold, nfc

from .catalog import CONFIDENCE, Catalog, CatalogEntry, Decree, decree_key
from .deadlines import Deadline
from .fines import FineRange, fine_range, goods_value, violation_goods


@dataclass(frozen=True)
class RuleDef:
    """One rule of the set: how serious it is, what it says, what the officer should do, and on what basis."""

    id: str
    severity: str
    title: str
    action: str
    basis: str
    confidence: str


@dataclass(frozen=True)
class AuthorityTitle:
    """What one signer title may decide: a fine limit (absolute, or a share of the area maximum) and a
    confiscation limit (absolute, or unlimited)."""

    code: str
    title: str
    aliases: tuple[str, ...]
    confidence: str
    fine_max: int | None = None
    cap_share_percent: int | None = None
    confiscation_max: int | None = None
    confiscation_unlimited: bool = False
    confiscation_fine_multiple: int | None = None  # "không vượt quá 02 lần mức tiền phạt" of the title
    licence: bool = True  # may suspend a licence or an activity (tước quyền sử dụng giấy phép, đình chỉ)
    note: str = ""

    @property
    def confirmed(self) -> bool:
        """True if the limits were read in a source (V / V2); R and I rows are only shown, not enforced."""
        return self.confidence in ("V", "V2")

    def fine_limit(self, area_cap: int | None) -> int | None:
        """The largest frame maximum (individual) this title may decide; None = no limit known to apply."""
        if self.fine_max is not None:
            return self.fine_max
        if self.cap_share_percent is not None and area_cap is not None:
            return area_cap * self.cap_share_percent // 100
        return None

    def confiscation_limit(self, area_cap: int | None = None) -> int | None:
        """The largest confiscated value this title may decide; None = unlimited (or not computable)."""
        if self.confiscation_unlimited:
            return None
        if self.confiscation_fine_multiple is not None:
            limit = self.fine_limit(area_cap)
            return None if limit is None else limit * self.confiscation_fine_multiple
        return self.confiscation_max

    def matches(self, folded_title: str) -> bool:
        """True if a folded signer title ("doi truong doi quan ly thi truong so 1") is this title."""
        return any(folded_title == a or folded_title.startswith(a + " ") for a in self.aliases)


@dataclass(frozen=True)
class Threshold:
    """A criminal threshold (BLHS): by goods value for given articles, or by quantity of matching goods."""

    id: str
    offence: str
    measure: str  # goods_value | goods_quantity
    threshold: int
    text: str
    source: str
    confidence: str
    decree: str = ""
    articles: tuple[int, ...] = ()
    goods_match: tuple[str, ...] = ()
    unit_match: tuple[str, ...] = ()
    prior_articles: tuple[int, ...] = ()  # prior_sanction: the articles of earlier decisions that count
    within_days: int = 0  # prior_sanction: how far back an earlier decision counts
    grounds: tuple[str, ...] = ()  # only acts with one of these ×2 grounds recorded (e.g. food_medicine)
    exclude_grounds: tuple[str, ...] = ()  # not for acts with one of these (they fall under another offence)
    note: str = ""

    def covers(self, act: ViolationRef, decree: str, article: int) -> bool:
        """True if this threshold concerns an act of ``article`` of ``decree`` with the grounds recorded on it."""
        if self.decree and decree_key(decree) != decree_key(self.decree):
            return False
        if self.articles and article not in self.articles:
            return False
        recorded = set(act.aggravations)
        if self.grounds and not recorded & set(self.grounds):
            return False
        return not recorded & set(self.exclude_grounds)


@dataclass(frozen=True)
class PriorSanction:
    """An earlier penalty decision against the same subject (local cases or HQ data)."""

    day: date
    decree: str
    article: int | None
    citation: str
    decision_number: str


@dataclass(frozen=True)
class LegalRules:
    """The parsed rule set."""

    version: str
    rules: Mapping[str, RuleDef]
    titles: tuple[AuthorityTitle, ...]
    authority_basis: str
    authority_rule_text: str
    authority_source: str
    organization_factor: int
    thresholds: tuple[Threshold, ...]
    licence_words: tuple[str, ...] = ()  # words that name a licence or activity suspension in a decision

    def rule(self, rule_id: str) -> RuleDef:
        """The rule ``rule_id``; a missing rule is a broken resource, reported as such."""
        try:
            return self.rules[rule_id]
        except KeyError:
            raise InspectorError(f"Bộ quy tắc pháp lý thiếu quy tắc “{rule_id}”. Hãy cài lại ứng dụng.",
                                 code="bad_resource") from None

    def title_for(self, signer_title: str) -> AuthorityTitle | None:
        """The authority entry for a printed signer title, or None if the title is not in the table."""
        folded = " ".join(fold(signer_title).split())
        return next((t for t in self.titles if t.matches(folded)), None)


# How a criminal threshold is measured: the goods value of the act, its illegal profit, the ×2 ground
# recorded on it alone, a quantity of matching goods, or an earlier sanction of the subject.
MEASURES = ("goods_value", "illegal_profit", "ground", "goods_quantity", "prior_sanction")


def rule_tail(rule: RuleDef) -> str:
    """What follows the facts in a breach's message: the rule's title, what to do and its legal basis (the
    English interface translates this text whole, per rule)."""
    sure = "" if rule.confidence in ("V", "V2") else f"; độ tin cậy dữ liệu {rule.confidence}: chưa xác minh"
    return f"{rule.title}. {rule.action} (Căn cứ: {rule.basis}{sure}.)"


def _text(raw: Mapping[str, Any], key: str) -> str:
    return nfc(str(raw.get(key) or ""))


def parse_legal_rules(data: Mapping[str, Any]) -> LegalRules:
    """Validate and build the rule set from ``legal_rules.json``; ValidationError lists every defect."""
    problems: list[Problem] = []
    rules: dict[str, RuleDef] = {}
    for rule_id, raw in (data.get("rules") or {}).items():
        path = f"rules.{rule_id}"
        severity = str(raw.get("severity", ""))
        if severity not in SEVERITIES:
            problems.append(Problem(f"{path}.severity", f"phải là một trong {', '.join(SEVERITIES)}"))
        for key in ("title", "action", "basis"):
            if not raw.get(key):
                problems.append(Problem(f"{path}.{key}", "thiếu nội dung"))
        if raw.get("confidence") not in CONFIDENCE:
            problems.append(Problem(f"{path}.confidence", f"mức tin cậy phải là một trong {', '.join(CONFIDENCE)}"))
        rules[rule_id] = RuleDef(id=rule_id, severity=severity, title=_text(raw, "title"), action=_text(raw, "action"),
                                 basis=_text(raw, "basis"), confidence=str(raw.get("confidence", "")))
    authority = data.get("authority") or {}
    titles: list[AuthorityTitle] = []
    for i, raw in enumerate(authority.get("titles") or []):
        path = f"authority.titles[{i}]"
        if not raw.get("aliases"):
            problems.append(Problem(f"{path}.aliases", "cần ít nhất một cách viết chức danh"))
        if raw.get("fine_max") is None and raw.get("cap_share_percent") is None:
            problems.append(Problem(path, "cần fine_max hoặc cap_share_percent"))
        titles.append(AuthorityTitle(
            code=str(raw.get("code", "")), title=_text(raw, "title"),
            aliases=tuple(" ".join(fold(str(a)).split()) for a in raw.get("aliases") or ()),
            confidence=str(raw.get("confidence", "")), fine_max=raw.get("fine_max"),
            cap_share_percent=raw.get("cap_share_percent"), confiscation_max=raw.get("confiscation_max"),
            confiscation_unlimited=bool(raw.get("confiscation_unlimited", False)),
            confiscation_fine_multiple=raw.get("confiscation_fine_multiple"),
            licence=bool(raw.get("licence", True)), note=_text(raw, "note")))
    thresholds: list[Threshold] = []
    for i, raw in enumerate(data.get("criminal_thresholds") or []):
        path = f"criminal_thresholds[{i}]"
        measure = str(raw.get("measure", ""))
        if measure not in MEASURES:
            problems.append(Problem(f"{path}.measure", f"phải là một trong {', '.join(MEASURES)}"))
        value = raw.get("threshold")
        if measure == "ground" and value is None:
            value = 1  # the ground alone reaches the offence (BLHS 193, 194: no minimum value)
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            problems.append(Problem(f"{path}.threshold", "phải là số nguyên dương"))
            value = 0
        thresholds.append(Threshold(
            id=str(raw.get("id", "")), offence=_text(raw, "offence"), measure=measure, threshold=value,
            text=_text(raw, "text"), source=_text(raw, "source"), confidence=str(raw.get("confidence", "")),
            decree=_text(raw, "decree"), articles=tuple(int(a) for a in raw.get("articles") or ()),
            goods_match=tuple(fold(str(g)) for g in raw.get("goods_match") or ()),
            unit_match=tuple(fold(str(u)) for u in raw.get("unit_match") or ()),
            prior_articles=tuple(int(a) for a in raw.get("prior_articles") or ()),
            within_days=int(raw.get("within_days") or 0), grounds=tuple(str(g) for g in raw.get("grounds") or ()),
            exclude_grounds=tuple(str(g) for g in raw.get("exclude_grounds") or ()), note=_text(raw, "note")))
    if problems:
        raise ValidationError(problems, "Bộ quy tắc pháp lý không hợp lệ:\n" + "\n".join(f"- {p}" for p in problems))
    return LegalRules(version=str(data.get("version", "")), rules=rules, titles=tuple(titles),
                      authority_basis=_text(authority, "basis"), authority_rule_text=_text(authority, "rule_text"),
                      authority_source=_text(authority, "source"),
                      organization_factor=int(authority.get("organization_factor", 2)), thresholds=tuple(thresholds),
                      licence_words=tuple(nfc(str(w)) for w in authority.get("licence_words") or ()))


# -- the context of one check -------------------------------------------------------------------------

DeadlineFn = Callable[[str, datetime], Deadline]


@dataclass
class CheckContext:
    """Everything one check needs: the document, its case and the other documents of the case."""

    doc: Document
    case: Case | None
    others: Sequence[Document]
    catalog: Catalog
    legal: LegalRules
    deadline: DeadlineFn | None = None
    history: Sequence[PriorSanction] = ()
    problems: list[Problem] = field(default_factory=list)

    def add(self, rule_id: str, path: str, detail: str, target: str = "") -> None:
        """Record one breach of ``rule_id``: the message says what, which rule, and what to do."""
        rule = self.legal.rule(rule_id)
        # What, which rule (its title and legal basis) and what to do; the rule id stays in ``rule`` for
        # programs, never in the officer's text.
        message = f"{detail} — {rule_tail(rule)}"
        # The key changes with the facts (detail), so an override does not cover a changed situation.
        digest = hashlib.sha256(fold(detail).encode()).hexdigest()[:16]
        key = f"{rule_id}|{target or path}|{digest}"
        self.problems.append(Problem(path, message, severity=rule.severity, rule=rule_id, key=key))

    def finals(self, kind: str) -> list[Document]:
        """Final (or synced) documents of ``kind`` in the case, oldest first."""
        return sorted((d for d in self.others if d.kind == kind and d.status != DocumentStatus.DRAFT),
                      key=lambda d: d.issued_at)

    def any_of(self, kind: str) -> list[Document]:
        """Documents of ``kind`` in the case, drafts included."""
        return [d for d in self.others if d.kind == kind]


def _at(text: object) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return None


def _when(doc: Document) -> datetime | None:
    """When a document was done: its closing time (biên bản) or its issue time."""
    return _at(doc.fields.get("closed_at")) or _at(doc.issued_at)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%H giờ %M ngày %d/%m/%Y")


def _label(doc: Document) -> str:
    spec = KINDS.get(doc.kind)
    name = spec.form if spec else doc.kind
    return f"{name} {doc.number}".strip() if doc.number else f"{name} (bản nháp)"


def _is_org(doc: Document, case: Case | None) -> bool:
    subject = doc.subject or (case.subject if case else None)
    return subject is not None and subject.fined_as_organization()


# -- fines and authority ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _ActFine:
    """The fine checked for one act: the range its amount falls in and what it was computed from."""

    index: int
    violation: ViolationRef
    entry: CatalogEntry
    decree: Decree
    fine: FineRange
    goods: tuple[GoodsRow, ...]


def _violation_day(ctx: CheckContext) -> Any:
    started = _at(ctx.case.started_at) if ctx.case else None
    return (started or _at(ctx.doc.issued_at) or datetime.now()).date()


def _act_fines(ctx: CheckContext) -> list[_ActFine]:
    """Check the point and range of every act of the document; returns the acts whose range is known."""
    doc = ctx.doc
    organization = _is_org(doc, ctx.case)
    goods_source = ctx.case.goods if ctx.case is not None else doc.goods
    decides = doc.kind == "nd118.mqd02"
    on = _violation_day(ctx)
    result: list[_ActFine] = []
    for i, v in enumerate(doc.violations):
        path = f"violations[{i}]"
        act = f"Hành vi {i + 1} ({v.description[:60] or v.decree})"
        try:
            entry = ctx.catalog.get(v.catalog_id, on) if v.catalog_id else ctx.catalog.find(
                v.decree, v.article, v.clause, on)
            decree = ctx.catalog.decree(entry.decree)
        except InspectorError as exc:
            ctx.add("fine.uncatalogued", path, f"{act}: {exc.message}", target=v.id)
            continue
        goods = violation_goods(goods_source, entry)
        value: int | None = None
        if entry.basis == "value":
            total = goods_value(goods)
            if total.missing or not goods:
                missing = ", ".join(total.missing) or "chưa có dòng hàng nào"
                ctx.add("fine.value_missing", path, f"{act}: chưa có trị giá ({missing})", target=v.id)
                continue
            value = total.total
        try:
            # The ×2 grounds recorded on the violation and its illegal profit (a band of its own) are part
            # of the range, so the editor and finalisation check the same range the officer chose.
            fine = fine_range(entry, value, organization, decree=decree, point=v.point,
                              aggravations=v.aggravations, illegal_profit=v.illegal_profit)
        except InspectorError as exc:
            rule = {"unknown_point": "fine.point", "goods_value_required": "fine.value_missing",
                    "unknown_aggravation": "fine.ground", "bad_amount": "fine.value_missing"}.get(
                exc.code, "fine.uncatalogued")
            ctx.add(rule, path, f"{act}: {exc.message}", target=v.id)
            continue
        if entry.acts and not fine.point:
            known = ", ".join(a.point for a in entry.acts)
            ctx.add("fine.point", path, f"{act}: chưa ghi điểm nêu hành vi của {entry.short_citation()} "
                    f"(có: {known})", target=v.id)
            continue
        if entry.basis == "value" and fine.point != v.point:
            measured = f"trị giá {format_dong(value or 0)}"
            if v.illegal_profit is not None:
                measured += f", số lợi bất hợp pháp {format_dong(v.illegal_profit)}"
            if v.point:
                ctx.add("fine.point", path, f"{act}: ghi điểm {v.point} nhưng {measured} thuộc "
                        f"{entry.citation(fine.point)}", target=v.id)
            else:
                ctx.add("fine.point", path, f"{act}: chưa ghi điểm; {measured} thuộc "
                        f"{entry.citation(fine.point)}", target=v.id)
            continue
        if fine.unconfirmed:
            ctx.add("fine.unconfirmed", path, f"{act}: khung {format_dong(fine.min)} – {format_dong(fine.max)} tại "
                    f"{fine.citation} chưa xác minh (độ tin cậy {fine.confidence}; nguồn: {entry.source})",
                    target=v.id)
        checked = fine
        if decides and v.fine_amount is not None and not (v.fine_amount == 0 and fine.warning_allowed):
            checked = _check_amount(ctx, i, act, v, entry, decree, fine, value, organization)
        result.append(_ActFine(i, v, entry, decree, checked, tuple(goods)))
    return result


def _check_amount(ctx: CheckContext, i: int, act: str, v: ViolationRef, entry: CatalogEntry, decree: Decree,
                  fine: FineRange, value: int | None, organization: bool) -> FineRange:
    """The amount against the range for the subject kind and the ×2 grounds recorded on the violation."""
    amount = v.fine_amount or 0
    who = "tổ chức" if organization else "cá nhân"
    if fine.contains(amount):
        return fine
    for aggravation in entry.aggravations if not v.aggravations else ():
        # Whether a ×2 ground applies is a fact to record on the violation, not a choice to confirm here.
        aggravated = fine_range(entry, value, organization, decree=decree, point=v.point,
                                aggravations=[aggravation.code], illegal_profit=v.illegal_profit)
        if aggravated.contains(amount):
            ctx.add("fine.aggravated", f"violations[{i}].fine_amount",
                    f"{act}: mức {format_dong(amount)} chỉ nằm trong khung gấp {aggravation.factor} lần "
                    f"({format_dong(aggravated.min)} – {format_dong(aggravated.max)}, {who}) theo khoản "
                    f"{aggravation.clause} Điều {entry.article} ({aggravation.text}) nhưng hành vi chưa ghi căn "
                    "cứ gấp hai lần nào", target=v.id)
            return aggravated
    cap = decree.caps.get(entry.area)
    limit = cap * (decree.organization_rule.factor if organization else 1) if cap else None
    if limit is not None and amount > limit:
        ctx.add("fine.cap", f"violations[{i}].fine_amount",
                f"{act}: mức {format_dong(amount)} vượt mức tối đa {format_dong(limit)} ({who}; {decree.caps_basis})",
                target=v.id)
        return fine
    ctx.add("fine.range", f"violations[{i}].fine_amount",
            f"{act}: mức {format_dong(amount)} ngoài khung {format_dong(fine.min)} – {format_dong(fine.max)} "
            f"đối với {who} tại {fine.citation}", target=v.id)
    return fine


def _competent(ctx: CheckContext, frame_max: int, area_cap: int | None, organization: bool,
               confiscated: int | None) -> str:
    """The first title of the table that may decide this, as text for the message."""
    factor = ctx.legal.organization_factor if organization else 1
    for title in ctx.legal.titles:
        limit = title.fine_limit(area_cap)
        if limit is not None and frame_max > limit * factor:
            continue
        if limit is None and title.cap_share_percent is None:
            continue
        seize = title.confiscation_limit(area_cap)
        if confiscated is not None and seize is not None and confiscated > seize:
            continue
        return title.title
    return "cấp có thẩm quyền cao hơn (không có trong bảng thẩm quyền)"


def _check_authority(ctx: CheckContext, acts: Sequence[_ActFine]) -> None:
    doc = ctx.doc
    signer = str(doc.fields.get("signer_title") or "")
    if not signer.strip():
        return  # form validation reports the missing title
    title = ctx.legal.title_for(signer)
    if title is None:
        ctx.add("authority.title", "fields.signer_title", f"Chức danh “{signer}” không có trong bảng thẩm quyền "
                f"({', '.join(t.title for t in ctx.legal.titles)})")
        return
    organization = _is_org(doc, ctx.case)
    factor = ctx.legal.organization_factor if organization else 1
    who = "tổ chức" if organization else "cá nhân"
    # A title whose limits were not read in a source is shown as "chưa xác minh" for the officer to check
    # against the text, never enforced as if it were the law.
    fine_rule = "authority.fine" if title.confirmed else "authority.unconfirmed"
    seize_rule = "authority.confiscation" if title.confirmed else "authority.unconfirmed"
    for act in acts:
        cap = act.decree.caps.get(act.entry.area)
        limit = title.fine_limit(cap)
        if limit is not None and act.fine.max > limit * factor:
            ctx.add(fine_rule, f"violations[{act.index}]",
                    f"Hành vi {act.index + 1}: khung tiền phạt tối đa {format_dong(act.fine.max)} ({who}) vượt thẩm "
                    f"quyền {format_dong(limit * factor)} của {title.title} (dữ liệu thẩm quyền: độ tin cậy "
                    f"{title.confidence}). Thẩm quyền thuộc: {_competent(ctx, act.fine.max, cap, organization, None)}",
                    target=act.violation.id)
    penalties = fold(str(doc.fields.get("additional_penalties") or ""))
    named = [w for w in ctx.legal.licence_words if fold(w) in " ".join(penalties.split())]
    if named and not title.licence:
        able = next((t.title for t in ctx.legal.titles if t.licence), "cấp có thẩm quyền cao hơn")
        ctx.add("authority.licence" if title.confirmed else "authority.unconfirmed", "fields.additional_penalties",
                f"Hình thức xử phạt bổ sung ({', '.join(named)}) vượt thẩm quyền của {title.title} (độ tin cậy "
                f"{title.confidence}). Thẩm quyền thuộc: {able}")
    if "tich thu" in penalties and ctx.case is not None:
        seized = [g for g in ctx.case.goods if g.seized] or [g for a in acts for g in a.goods]
        value = goods_value(seized).total
        caps = [a.decree.caps.get(a.entry.area) for a in acts]
        area_cap = max((c for c in caps if c is not None), default=None)
        seize_limit = title.confiscation_limit(area_cap)
        if seize_limit is not None and value > seize_limit:
            frame = max((a.fine.max for a in acts), default=0)
            ctx.add(seize_rule, "fields.additional_penalties",
                    f"Tịch thu tang vật trị giá {format_dong(value)} vượt thẩm quyền tịch thu "
                    f"{format_dong(seize_limit)} của {title.title} (độ tin cậy {title.confidence}). Thẩm quyền thuộc: "
                    f"{_competent(ctx, frame, area_cap, organization, value)}")


# -- criminal thresholds ----------------------------------------------------------------------------------

def _measured(t: Threshold, act: _ActFine) -> tuple[int, str] | None:
    """What an act measures against threshold ``t`` and how to say it; None when it has no such measure."""
    if t.measure == "goods_value":
        value = goods_value(act.goods).total
        return value, f"trị giá {format_dong(value)}"
    if t.measure == "illegal_profit":
        profit = act.violation.illegal_profit
        return None if profit is None else (profit, f"số lợi bất hợp pháp {format_dong(profit)}")
    grounds = [a.text for a in act.entry.aggravations if a.code in act.violation.aggravations
               and a.code in t.grounds]
    return t.threshold, f"căn cứ đã ghi: {'; '.join(grounds)}"


def _check_thresholds(ctx: CheckContext, acts: Sequence[_ActFine]) -> None:
    goods = ctx.case.goods if ctx.case is not None else ctx.doc.goods
    for t in ctx.legal.thresholds:
        if t.measure in ("goods_value", "illegal_profit", "ground"):
            for act in acts:
                if not t.covers(act.violation, act.entry.decree, act.entry.article):
                    continue
                measured = _measured(t, act)
                if measured is not None and measured[0] >= t.threshold:
                    note = f" {t.note}" if t.note else ""
                    ctx.add("criminal.threshold", f"violations[{act.index}]",
                            f"Hành vi {act.index + 1}: {measured[1]} — đến ngưỡng {t.text} — {t.offence}.{note} "
                            f"(độ tin cậy {t.confidence})", target=t.id)
        elif t.measure == "prior_sanction":
            _check_prior_sanctions(ctx, acts, t)
        else:
            rows = [g for g in goods if any(m in fold(g.name) for m in t.goods_match)
                    and (not t.unit_match or fold(g.unit) in t.unit_match)]
            quantity = sum((g.quantity for g in rows), Decimal(0))
            if rows and quantity >= t.threshold:
                note = f" {t.note}" if t.note else ""
                ctx.add("criminal.threshold", "goods",
                        f"Số lượng {quantity:f} {rows[0].unit} đạt ngưỡng {t.text} — {t.offence}.{note} "
                        f"(độ tin cậy {t.confidence})", target=t.id)


def _check_prior_sanctions(ctx: CheckContext, acts: Sequence[_ActFine], t: Threshold) -> None:
    """Below the value threshold, an earlier decision for a listed act still makes the case criminal."""
    started = _at(ctx.case.started_at) if ctx.case else _at(ctx.doc.issued_at)
    if started is None:
        return
    matching = [a for a in acts if t.covers(a.violation, a.entry.decree, a.entry.article)]
    if not matching:
        return
    for prior in ctx.history:
        if not prior.decision_number or prior.article not in t.prior_articles:
            continue
        if t.decree and decree_key(prior.decree) != decree_key(t.decree):
            continue
        if not 0 <= (started.date() - prior.day).days <= t.within_days:
            continue
        ctx.add("criminal.threshold", f"violations[{matching[0].index}]",
                f"Đối tượng đã bị xử phạt theo quyết định {prior.decision_number} ngày {prior.day:%d/%m/%Y} "
                f"({prior.citation}) — {t.text} — {t.offence}. {t.note} (độ tin cậy {t.confidence})",
                target=f"{t.id}:{prior.decision_number}")


# -- order and time within the case -----------------------------------------------------------------------

_SEAL_NO = re.compile(r"[A-Za-z0-9][A-Za-z0-9./-]*\d")


def _check_order(ctx: CheckContext) -> None:
    doc = ctx.doc
    start, end = _at(doc.issued_at), _at(doc.fields.get("closed_at"))
    if start and end and end < start:
        ctx.add("order.end_before_start", "fields.closed_at",
                f"Lập xong lúc {_stamp(end)}, trước khi bắt đầu lập ({_stamp(start)})")
    for i, seal in enumerate(doc.seals):
        sealed, opened = _at(seal.sealed_at), _at(seal.opened_at)
        if sealed and opened and opened < sealed:
            ctx.add("order.end_before_start", f"seals[{i}].opened_at",
                    f"Niêm phong {', '.join(seal.numbers)} mở lúc {_stamp(opened)}, trước khi niêm phong "
                    f"({_stamp(sealed)})")
    if start is None:
        return
    if doc.kind == "nd118.mbb01":
        finals = ctx.finals("tt22.m06")
        cites = "bien ban kiem tra" in fold(str(doc.fields.get("basis") or ""))
        if cites and not finals:
            ctx.add("order.bbkt_first", "fields.basis",
                    "Biên bản viện dẫn Biên bản kiểm tra nhưng vụ việc chưa có Biên bản kiểm tra đã hoàn tất")
        closed = _when(finals[0]) if finals else None
        if closed and start < closed:
            ctx.add("order.bbkt_first", "issued_at",
                    f"Biên bản lập lúc {_stamp(start)}, trước khi kết thúc kiểm tra ({_label(finals[0])} "
                    f"lập xong lúc {_stamp(closed)})")
    elif doc.kind == "nd118.mqd02":
        finals = ctx.finals("nd118.mbb01")
        cited = str(doc.fields.get("mbb01_number") or "").strip()
        match = [d for d in finals if d.number == cited]
        if not finals:
            ctx.add("order.mbb01_first", "fields.mbb01_number", "Vụ việc chưa có biên bản vi phạm hành chính đã hoàn tất")
        elif not match:
            ctx.add("order.mbb01_first", "fields.mbb01_number",
                    f"Số biên bản “{cited}” không khớp biên bản vi phạm hành chính đã hoàn tất của vụ việc "
                    f"({', '.join(d.number for d in finals)})")
        else:
            drawn = _at(match[0].issued_at)
            if drawn and start < drawn:
                ctx.add("order.mbb01_first", "issued_at",
                        f"Quyết định ký lúc {_stamp(start)}, trước khi lập {_label(match[0])} ({_stamp(drawn)})")
            if str(doc.fields.get("mbb01_date") or "") not in ("", match[0].issued_at[:10]):
                ctx.add("order.mbb01_first", "fields.mbb01_date",
                        f"Ngày biên bản ghi {doc.fields.get('mbb01_date')} khác ngày lập {_label(match[0])} "
                        f"({match[0].issued_at[:10]})")
    elif doc.kind == "nd118.mbb26":
        seizures = ctx.finals("nd118.mbb15") + [d for d in ctx.finals("nd118.mbb01") if d.fields.get("seized_in_minutes")]
        before = [d for d in seizures if (_at(d.issued_at) or start) <= start]
        if not before:
            ctx.add("order.seizure_first", "basis",
                    "Chưa có biên bản tạm giữ đã hoàn tất, lập trước biên bản niêm phong này")
    elif doc.kind == "nd118.mbb27":
        sealed_by: dict[str, Document] = {}
        for d in ctx.finals("nd118.mbb26"):
            for s in d.seals:
                for n in s.numbers:
                    sealed_by.setdefault(n.strip(), d)
        for i, seal in enumerate(doc.seals):
            for n in seal.numbers:
                origin = sealed_by.get(n.strip())
                if origin is None:
                    ctx.add("order.seal_exists", f"seals[{i}].numbers",
                            f"Niêm phong số {n} không có trong biên bản niêm phong đã hoàn tất nào của vụ việc",
                            target=n)
                elif (_at(origin.issued_at) or start) > start:
                    ctx.add("order.seal_exists", f"seals[{i}].numbers",
                            f"Niêm phong số {n} được lập ({_label(origin)}) sau thời điểm mở niêm phong", target=n)
            kept = fold(seal.kept_at)
            place = fold(doc.place)
            if kept and place and kept not in place and place not in kept:
                ctx.add("order.open_place", "place",
                        f"Tang vật niêm phong {', '.join(seal.numbers)} đang bảo quản tại “{seal.kept_at}” nhưng biên "
                        f"bản mở niêm phong lập tại “{doc.place}”", target=seal.id)
    if doc.kind in ("nd118.mbb01", "nd118.mbb15"):
        _check_seized_goods(ctx)
    if doc.kind != "nd118.mbb26":
        _check_seal_citations(ctx, start)


def _check_seized_goods(ctx: CheckContext) -> None:
    """What the MBB01 says is seized is what the seizure minutes list (goods rows compared by id)."""
    doc = ctx.doc
    other_kind = "nd118.mbb15" if doc.kind == "nd118.mbb01" else "nd118.mbb01"
    others = [d for d in ctx.finals(other_kind) if d.goods]
    if not doc.goods or not others:
        return
    mine = {g.id: g.name for g in doc.goods}
    theirs = {g.id: g.name for d in others for g in d.goods}
    if set(mine) == set(theirs):
        return
    only_here = sorted(mine[i] for i in set(mine) - set(theirs))
    only_there = sorted(theirs[i] for i in set(theirs) - set(mine))
    parts = []
    if only_here:
        parts.append(f"chỉ có trong văn bản này: {', '.join(only_here)}")
    if only_there:
        parts.append(f"chỉ có trong {', '.join(_label(d) for d in others)}: {', '.join(only_there)}")
    ctx.add("order.seized_goods", "goods", "Hàng hóa tạm giữ không khớp giữa biên bản vi phạm hành chính và "
            "biên bản tạm giữ (" + "; ".join(parts) + ")")


def _check_seal_citations(ctx: CheckContext, start: datetime) -> None:
    """A seal number written in the document's text must exist (be sealed) by the time of the document."""
    known: dict[str, datetime | None] = {}
    seals = list(ctx.case.seals) if ctx.case is not None else []
    for d in ctx.any_of("nd118.mbb26"):
        seals += d.seals
    for s in seals:
        for n in s.numbers:
            if n.strip():
                known.setdefault(n.strip(), _at(s.sealed_at))
    if not known:
        return
    moment = _at(ctx.doc.fields.get("closed_at")) or start
    for key, value in sorted(ctx.doc.fields.items()):
        if not isinstance(value, str):
            continue
        for n in sorted({m.group(0) for m in _SEAL_NO.finditer(value)} & set(known)):
            sealed = known[n]
            if sealed is None or sealed > moment:
                when = f"lúc {_stamp(sealed)}" if sealed else "chưa ghi thời điểm niêm phong"
                ctx.add("order.seal_exists", f"fields.{key}",
                        f"Văn bản lập xong lúc {_stamp(moment)} viện dẫn niêm phong số {n} ({when})", target=n)


def _check_deadlines(ctx: CheckContext) -> None:
    if ctx.deadline is None:
        return
    doc = ctx.doc
    start = _at(doc.issued_at)
    if start is None:
        return
    if doc.kind == "nd118.mbb01":
        bbkts = ctx.finals("tt22.m06")
        detected = (_when(bbkts[0]) if bbkts else None) or (_at(ctx.case.started_at) if ctx.case else None)
        if detected is None or detected > start:
            return
        due = ctx.deadline("mbb01", detected)
        if due.is_overdue(start):
            ctx.add("time.mbb01", "issued_at", f"Phát hiện vi phạm lúc {_stamp(detected)}; hạn lập biên bản "
                    f"{due.due_text()} ({due.rule_text}); biên bản lập lúc {_stamp(start)}")
    elif doc.kind == "nd118.mqd02":
        cited = str(doc.fields.get("mbb01_number") or "").strip()
        match = [d for d in ctx.finals("nd118.mbb01") if d.number == cited]
        drawn = _at(match[0].issued_at) if match else None
        if drawn is None or drawn > start:
            return
        due = ctx.deadline("penalty_decision", drawn)
        if due.is_overdue(start):
            ctx.add("time.decision", "issued_at", f"Biên bản vi phạm hành chính lập ngày {drawn:%d/%m/%Y}; hạn ra "
                    f"quyết định {due.due_text()} ({due.rule_text}); quyết định ký ngày {start:%d/%m/%Y}")
        if has_explanation_right(match[0]):
            # The violator may explain in writing within the longer of the two periods the minutes print; a
            # decision signed before it ends takes that right away unless the explanation came (or was
            # declined) earlier, which the officer records as the reason of an override.
            window = ctx.deadline("explanation", drawn)
            if not window.is_overdue(start):
                ctx.add("time.explanation", "issued_at",
                        f"{_label(match[0])} ghi người vi phạm có quyền giải trình; thời hạn giải trình đến hết "
                        f"{window.due_text()} ({window.rule_text}); quyết định ký ngày {start:%d/%m/%Y}")


def has_explanation_right(mbb01: Document) -> bool:
    """True if the minutes give the violator the right to explain: per act (``explanation_acts``), or in the
    older single choice."""
    acts = mbb01.fields.get("explanation_acts") or []
    if acts:
        return "có" in acts
    return str(mbb01.fields.get("explanation_right") or "none") not in ("", "none")


def check_document(ctx: CheckContext) -> list[Problem]:
    """Every breach of the legal rule set by ``ctx.doc`` (hard, warning and info), in a stable order."""
    ctx.problems = []
    doc = ctx.doc
    acts: list[_ActFine] = []
    if doc.kind in ("nd118.mbb01", "nd118.mqd02"):
        acts = _act_fines(ctx)
        _check_thresholds(ctx, acts)
    if doc.kind == "nd118.mqd02":
        _check_authority(ctx, acts)
    _check_order(ctx)
    _check_deadlines(ctx)
    return list(ctx.problems)


def apply_overrides(problems: Iterable[Problem], overrides: Mapping[str, str]) -> list[Problem]:
    """Mark the warnings an officer overrode (``key`` → reason); hard problems stay as they are."""
    result = []
    for p in problems:
        if p.severity == "warning" and p.key in overrides:
            p = Problem(p.field, p.message, severity=p.severity, rule=p.rule, key=p.key, overridden=overrides[p.key])
        result.append(p)
    return result
