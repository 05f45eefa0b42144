"""pandera models of the two published configs, strict, every field described.

The descriptions feed the card's field tables and schema/; the checks run in the validate stage.
Nested list columns are checked row-wise by dataframe checks (offsets inside the text, etc.).
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .transforms.lexicon import ROLES

HEX64 = r"^[0-9a-f]{64}$"
HEX16 = r"^[0-9a-f]{16}$"
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
ATTRIBUTION_METHODS = ["cue_after", "cue_before", "interrupted", "same_sentence", "sentence_subject", "dialogue_turn", "previous_speaker", "repeated_quote",
                       "inherited", "none"]
SPEAKER_CHOOSERS = ["rules", "ranker"]
FLAG_KINDS = ["censored_profanity", "profanity", "slur", "editorial_insertion", "person_name", "phone_number"]
STAGE_NAMES = ["ingest", "clean", "dedup", "annotate"]
MULTI_RECORD_FORMATS = ["jsonl", "warc"]
TEXT_NORMALIZATIONS = ["bom_stripped", "cr_to_lf", "crlf_to_lf", "line_separator_to_lf", "nfc", "zero_width_removed"]
METADATA_FIELDS = ["author", "language", "published_date", "publisher", "retrieved_date", "title", "url"]
METADATA_SOURCES = ["manifest", "html_meta", "jsonl", "warc_header"]

Str = Series[pd.StringDtype]
Int = Series[pd.Int64Dtype]
Bool = Series[pd.BooleanDtype]
Obj = Series[object]


def _spans_ok(text: str, spans, n: int) -> bool:
    return all(0 <= s["start"] <= s["end"] <= n for s in spans)


class ArticleModel(pa.DataFrameModel):
    """One row per article (config `articles`)."""

    article_id: Str = pa.Field(str_matches=HEX16, unique=True, description="Stable id: the first 16 hex digits of the SHA-256 of the raw file's bytes, or for a record of a multi-record file (JSONL line, WARC response) of the record's bytes (the line; the HTTP payload). Content-derived, never row order.")
    raw_path: Str = pa.Field(str_startswith="raw/", description="Path of the raw file in the repository, e.g. raw/000_d4c8b5fb90b05146.txt. Several articles share it when the file holds several records; (raw_path, raw_record) is unique.")
    raw_sha256: Str = pa.Field(str_matches=HEX64, description="SHA-256 of the raw file's bytes (the whole file, also for a record of a multi-record file), as listed in raw/sources.jsonl.")
    raw_record: Str = pa.Field(nullable=True, description="The record inside a multi-record raw file: 'line N' (1-based) of a JSONL file, or the WARC-Record-ID of a WARC record; null for a single-article file (txt, html).")
    raw_format: Str = pa.Field(isin=["txt", "html", "jsonl", "warc"], description="Format of the raw file: txt (scraped page text), html (saved page; main text extracted by trafilatura 2.3.1), jsonl (crawler output in news-please style, one article per line), warc (.warc/.warc.gz, one article per HTML response record).")
    encoding: Str = pa.Field(str_matches=r"^[a-z0-9_-]+$", description="Character encoding the raw bytes were decoded from (Python codec name: utf-8, cp1251, koi8-r, ...): strict UTF-8 first, then a declared charset, then charset-normalizer 3.5.2 among params ingest.encodings.")
    text_normalizations: Obj = pa.Field(description="What ingest changed in the decoded text, sorted: bom_stripped, crlf_to_lf, cr_to_lf, line_separator_to_lf, zero_width_removed (U+200B, U+2060, inner U+FEFF; U+200C/U+200D next to ASCII or space), nfc. Empty when the text is as decoded.")
    publisher: Str = pa.Field(nullable=True, description="Publisher of the article: from the sources manifest, else the page's site name or the crawler's source domain (see metadata_sources); null when unknown.")
    url: Str = pa.Field(nullable=True, str_matches=r"^https?://", description="URL of the article: from the sources manifest, else the WARC-Target-URI, the crawler record or the page's canonical link (see metadata_sources); null when unknown.")
    title: Str = pa.Field(nullable=True, description="Headline: from the sources manifest, else the page or crawler record (see metadata_sources); null when unknown (the seed's scrape starts at the body text).")
    author: Str = pa.Field(nullable=True, description="Byline: from the sources manifest, else the page or crawler record (several authors joined by '; '); null when unknown.")
    published_date: Str = pa.Field(nullable=True, str_matches=ISO_DATE, description="Publication date (ISO 8601, YYYY-MM-DD): from the manifest, else the page's markup or the crawler record; null when not confirmed or unparseable. Estimates live in source_notes, never here.")
    retrieved_date: Str = pa.Field(nullable=True, str_matches=ISO_DATE, description="Date the raw file was retrieved (ISO 8601): from the manifest, else the WARC-Date or the crawler's download date; null when unknown.")
    rights: Str = pa.Field(nullable=True, description="Copyright holder and terms of the article text, from the sources manifest.")
    source_notes: Str = pa.Field(nullable=True, description="Free-text provenance notes from the manifest: how fields were established, estimates and their evidence.")
    synthetic: Bool = pa.Field(description="True for articles written by the maintainers as test fixtures; always false in the release.")
    language: Str = pa.Field(str_matches=r"^[a-z]{2,3}$", description="Language of the text (ISO 639): from the manifest when it names one (else the page's <html lang> or the crawler record's language, see metadata_sources), else `language_detected` when its probability reaches params clean.min_language_probability; 'und' when unknown.")
    metadata_sources: Obj = pa.Field(description="Where each non-null metadata field came from: {field, source} sorted by field, for author, language, published_date, publisher, retrieved_date, title, url; source is manifest, html_meta (the page's markup, via trafilatura), jsonl (the crawler record) or warc_header. The manifest wins; extracted values only fill its nulls. A language set later by language identification is not listed (see language_detected).")
    text: Str = pa.Field(str_length={"min_value": 1}, description="Clean article text: page chrome removed, one paragraph per block, paragraphs joined by a blank line. All offsets index this string.")
    paragraphs: Obj = pa.Field(description="Paragraphs as {start, end} offsets into `text` and {raw_start, raw_end} offsets into the raw file's decoded text.")
    boilerplate_removed: Obj = pa.Field(description="Audit of removed page chrome: one {reason, raw_start, raw_end, text} per removed paragraph, offsets into the decoded raw text.")
    word_count: Int = pa.Field(ge=1, description="Number of words in `text`.")
    language_detected: Str = pa.Field(str_matches=r"^[a-z]{2,3}$", description="Language identified from `text` by py3langid 0.4.0 (its model, ISO 639-1 codes), whatever the manifest says.")
    language_probability: Series[float] = pa.Field(ge=0.0, le=1.0, description="py3langid's normalised probability of `language_detected`, rounded to 4 decimals.")
    duplicate_cluster_id: Str = pa.Field(str_matches=HEX16, description="Id of the cluster of exact and near duplicates the article belongs to: the first 16 hex digits of the duplicate key (SHA-256 of the normalised text) of the cluster's representative. The split is assigned per cluster.")
    duplicate_cluster_size: Int = pa.Field(ge=1, description="Number of raw files in the duplicate cluster, dropped duplicates included (1: no duplicate seen).")
    duplicate_cluster_members: Obj = pa.Field(description="Sorted article_ids of every raw file in the duplicate cluster, dropped duplicates included; why each was dropped is in build/rejected/dedup.parquet.")
    quote_count: Int = pa.Field(ge=0, description="Number of rows of this article in the `quotes` config.")
    content_flags: Obj = pa.Field(description="Flagged spans in `text`: {kind, start, end, text}, kind in " + ", ".join(FLAG_KINDS) + ".")
    has_censored_profanity: Bool = pa.Field(description="`text` contains profanity masked by the publisher (b*tch, f**ked).")
    has_profanity: Bool = pa.Field(description="`text` contains unmasked profanity from a fixed lexicon (params annotate.profanity_lexicon).")
    has_slur: Bool = pa.Field(description="`text` contains an ethnic slur from a fixed lexicon (params annotate.slur_lexicon), e.g. 'khokhols'.")
    has_editorial_insertion: Bool = pa.Field(description="`text` contains an editorial insertion in square brackets, e.g. '[the Ministry of Defence]'.")
    has_personal_data: Bool = pa.Field(description="`text` names a person (a named speaker) or contains a phone number; see content_flags.")
    reports_intercept: Bool = pa.Field(description="The article reports an intercepted communication (a call mention or the word 'intercept').")
    intercept_released_by: Str = pa.Field(nullable=True, description="First intelligence agency named outside quotes in an article that reports an intercept, as written (e.g. 'Ukraine’s Military Intelligence'); a claim of the text, not verified.")
    calls: Obj = pa.Field(description="Intercepted calls the article reports, in order: {call_id, start, end, mention}, offsets of the mention that introduces the call.")
    changed_by: Obj = pa.Field(description="Pipeline stages that created or changed this record's content, in order (ingest, clean, annotate).")
    pipeline_version: Str = pa.Field(str_matches=r"^\d+\.\d+\.\d+", description="Version of the interceptnews package that built the record.")

    class Config:
        strict = True
        coerce = False
        ordered = True

    @pa.dataframe_check(error="(raw_path, raw_record) must be unique, and raw_record is set exactly for multi-record formats")
    def raw_record_consistent(cls, df: pd.DataFrame) -> pd.Series:
        key = df["raw_path"].astype(object) + "\x00" + df["raw_record"].astype(object).fillna("")
        multi = df["raw_format"].isin(MULTI_RECORD_FORMATS).astype(bool)
        return (~key.duplicated(keep=False)) & (multi == df["raw_record"].notna())

    @pa.dataframe_check(error="text_normalizations must be sorted, without repeats, from the known set")
    def normalizations_known(cls, df: pd.DataFrame) -> pd.Series:
        return df["text_normalizations"].map(lambda n: list(n) == sorted(set(n)) and set(n) <= set(TEXT_NORMALIZATIONS)).astype(bool)

    @pa.dataframe_check(error="metadata_sources must be sorted by field, name known fields and sources, and list exactly the non-null fields")
    def metadata_sources_match(cls, df: pd.DataFrame) -> pd.Series:
        def ok(row) -> bool:
            listed = [s["field"] for s in row.metadata_sources]
            if listed != sorted(set(listed)) or not all(s["source"] in METADATA_SOURCES for s in row.metadata_sources):
                return False
            present = {f for f in METADATA_FIELDS if f != "language" and not pd.isna(getattr(row, f))}
            # language may be filled later by identification (clean), so it need not be listed; listed, it is known
            return set(listed) - {"language"} == present and ("language" not in listed or row.language != "und")
        return df.apply(ok, axis=1).astype(bool)

    @pa.dataframe_check(error="paragraph offsets must lie inside `text`, in order, without overlap")
    def paragraphs_inside_text(cls, df: pd.DataFrame) -> pd.Series:
        def ok(row) -> bool:
            spans = list(row.paragraphs)
            ends = [0] + [p["end"] for p in spans]
            return _spans_ok(row.text, spans, len(row.text)) and all(p["start"] >= e for p, e in zip(spans, ends))
        return df.apply(ok, axis=1).astype(bool)

    @pa.dataframe_check(error="duplicate_cluster_members must be sorted, hold the article itself and count duplicate_cluster_size")
    def cluster_members_consistent(cls, df: pd.DataFrame) -> pd.Series:
        return df.apply(lambda r: list(r.duplicate_cluster_members) == sorted(set(r.duplicate_cluster_members))
                        and r.article_id in set(r.duplicate_cluster_members)
                        and len(r.duplicate_cluster_members) == r.duplicate_cluster_size, axis=1).astype(bool)

    @pa.dataframe_check(error="content flag offsets must select their text and kinds come from the fixed set")
    def flags_match_text(cls, df: pd.DataFrame) -> pd.Series:
        return df.apply(lambda r: all(r.text[f["start"]:f["end"]] == f["text"] and f["kind"] in FLAG_KINDS
                                      for f in r.content_flags), axis=1).astype(bool)

    @pa.dataframe_check(error="call offsets must select their mention")
    def calls_match_text(cls, df: pd.DataFrame) -> pd.Series:
        return df.apply(lambda r: all(r.text[c["start"]:c["end"]] == c["mention"] and c["call_id"].startswith(r.article_id)
                                      for c in r.calls), axis=1).astype(bool)

    @pa.dataframe_check(error="changed_by must list known stages in pipeline order")
    def stages_known(cls, df: pd.DataFrame) -> pd.Series:
        return df["changed_by"].map(lambda s: list(s) == sorted(s, key=STAGE_NAMES.index) if set(s) <= set(STAGE_NAMES) else False).astype(bool)


class QuoteModel(pa.DataFrameModel):
    """One row per direct quotation (config `quotes`)."""

    quote_id: Str = pa.Field(str_matches=HEX16, unique=True, description="Stable id: hash of article_id, start and end.")
    article_id: Str = pa.Field(str_matches=HEX16, description="The article (config `articles`, same split) the quote is in.")
    start: Int = pa.Field(ge=0, description="Start offset of the quote in the article's `text`, just after the opening mark (marks are outside the span).")
    end: Int = pa.Field(ge=0, description="End offset (exclusive), just before the closing mark; `text[start:end]` is the quote.")
    text: Str = pa.Field(str_length={"min_value": 1}, description="The quote exactly as in the article: `article.text[start:end]`. A quote continued over paragraphs includes the paragraph breaks and repeated opening marks.")
    utterance: Str = pa.Field(str_length={"min_value": 1}, description="The quoted words only: the segments joined by a space, without any quote marks.")
    open_mark: Str = pa.Field(isin=["\"", "“", "„", "«", "‘", "'", "''"], description="The opening quotation mark.")
    close_mark: Str = pa.Field(nullable=True, isin=["\"", "”", "»", "’", "'", "''"], description="The closing quotation mark; null when the quote was never closed (see `unclosed`).")
    segments: Obj = pa.Field(description="The quoted words per paragraph as {start, end} offsets into the article's `text`, marks excluded.")
    paragraph_index: Int = pa.Field(ge=0, description="Index of the paragraph (article `paragraphs`) where the quote starts.")
    paragraph_end_index: Int = pa.Field(ge=0, description="Index of the paragraph where the quote ends.")
    spans_paragraphs: Bool = pa.Field(description="The quote continues over several paragraphs (opening mark repeated, closing mark only at the end).")
    unclosed: Bool = pa.Field(description="No closing mark was found; the quote ends at the end of its paragraph.")
    quote_type: Str = pa.Field(isin=["full", "fragment"], description="'full': a clause spoken as a sentence; 'fragment': a few words embedded in the reporter's sentence (partial or scare quote).")
    nesting_depth: Int = pa.Field(isin=[0, 1], description="0 for a quote in the article's voice; 1 for a single-quoted quote inside another quote.")
    parent_quote_id: Str = pa.Field(nullable=True, str_matches=HEX16, description="For a nested quote, the quote it is inside; else null.")
    speaker_mention: Str = pa.Field(nullable=True, description="The words that name the speaker in the quote's attribution (e.g. 'he', 'The soldier'); null when the quote has no attribution of its own.")
    speaker_mention_start: Int = pa.Field(nullable=True, ge=0, description="Start offset of `speaker_mention` in the article's `text`.")
    speaker_mention_end: Int = pa.Field(nullable=True, ge=0, description="End offset of `speaker_mention`.")
    speaker: Str = pa.Field(nullable=True, description="The speaker resolved to the first full mention of the same person or body in the article (pronouns and 'the soldier' resolved); null when unknown.")
    speaker_start: Int = pa.Field(nullable=True, ge=0, description="Start offset of the mention given as `speaker`.")
    speaker_end: Int = pa.Field(nullable=True, ge=0, description="End offset of the mention given as `speaker`.")
    speaker_role: Str = pa.Field(isin=list(ROLES), description="Role of the speaker: " + ", ".join(ROLES) + ".")
    attribution_method: Str = pa.Field(isin=ATTRIBUTION_METHODS, description="Evidence for the speaker: " + ", ".join(ATTRIBUTION_METHODS) + " (see the card).")
    speaker_chosen_by: Str = pa.Field(isin=SPEAKER_CHOOSERS, description="Who chose the person: 'rules' (the rule cascade) or 'ranker' (the learned ranker, where the rules fall back on salience alone: a cue verb's pronoun with no local evidence, a cueless quote paragraph given to the last speaker; see the card). Drop 'ranker' rows to study the rules' answers only.")
    speaker_confidence: Series[float] = pa.Field(nullable=True, ge=0.0, le=1.0, description="Probability that `speaker` is right, from a logistic model over how the speaker was found (method, kind of mention, people of the same gender speaking, ...) and over pairs of these, fitted on gold sets the rules were never tuned on and rounded to 3 decimals; null when `speaker` is null. Keep rows above a threshold to trade quotes for accuracy (the card gives accuracy and share kept per threshold).")
    cue: Str = pa.Field(nullable=True, description="The reporting cue ('says', 'responds', 'according to').")
    cue_start: Int = pa.Field(nullable=True, ge=0, description="Start offset of `cue` in the article's `text`.")
    cue_end: Int = pa.Field(nullable=True, ge=0, description="End offset of `cue`.")
    call_id: Str = pa.Field(nullable=True, description="The intercepted call (article `calls`) the quote is from; null for quotes not from a call (officials, agencies, analysts).")
    flags: Obj = pa.Field(description="Kinds of content flags inside the quote: " + ", ".join(FLAG_KINDS) + ".")
    pipeline_version: Str = pa.Field(str_matches=r"^\d+\.\d+\.\d+", description="Version of the interceptnews package that built the record.")

    class Config:
        strict = True
        coerce = False
        ordered = True

    @pa.dataframe_check(error="start < end, segments inside [start, end]")
    def spans_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df.apply(lambda r: r.start < r.end and all(r.start <= s["start"] <= s["end"] <= r.end for s in r.segments)
                        and r.segments[0]["start"] == r.start and r.segments[-1]["end"] == r.end, axis=1).astype(bool)

    @pa.dataframe_check(error="flags come from the fixed set")
    def flags_known(cls, df: pd.DataFrame) -> pd.Series:
        return df["flags"].map(lambda f: set(f) <= set(FLAG_KINDS)).astype(bool)

    @pa.dataframe_check(error="speaker_confidence is given exactly when speaker is")
    def confidence_with_speaker(cls, df: pd.DataFrame) -> pd.Series:
        return (df["speaker"].isna() == df["speaker_confidence"].isna()).astype(bool)

    @pa.dataframe_check(error="a nested quote has a parent and a top-level quote has none")
    def nesting_consistent(cls, df: pd.DataFrame) -> pd.Series:
        return ((df["nesting_depth"] == 0) == df["parent_quote_id"].isna()).astype(bool)


CONFIG_MODELS = {"articles": ArticleModel, "quotes": QuoteModel}
