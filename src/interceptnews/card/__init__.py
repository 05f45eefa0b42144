"""The dataset card: hand-written narrative (narrative.md) + sections generated from the build."""
from __future__ import annotations

import re
from importlib import resources

import yaml
from datasets import DatasetInfo, SplitDict, SplitInfo
from datasets.info import DatasetInfosDict
from huggingface_hub import DatasetCard, DatasetCardData

from ..records import CONFIG_FEATURES

PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
REQUIRED_SECTIONS = (
    # the Hugging Face dataset card template
    "Dataset Summary", "Dataset Details", "Dataset Description", "Dataset Sources", "Uses", "Direct Use",
    "Out-of-Scope Use", "Dataset Structure", "Data Fields", "Data Splits", "Dataset Creation", "Curation Rationale",
    "Source Data", "Data Collection and Processing", "Who are the source data producers?", "Annotations",
    "Annotation process", "Who are the annotators?", "Personal and Sensitive Information",
    "Bias, Risks, and Limitations", "Recommendations", "Citation", "Glossary", "More Information",
    "Dataset Card Authors", "Dataset Card Contact",
    # Datasheets for Datasets (Gebru et al.)
    "Datasheet", "Motivation", "Composition", "Collection process", "Preprocessing, cleaning and labeling",
    "Distribution", "Maintenance",
    # this dataset's own
    "How to load", "How to rebuild", "Provenance of the material", "Processing", "Rejections and duplicates",
    "Considerations for Using the Data", "Intended uses", "Out-of-scope uses", "Offensive content",
    "Known limitations", "Licensing Information", "Takedown and errata", "Versioning", "Citation Information",
)
LEFTOVER = re.compile(r"\b(TODO|TBD|FIXME|XXX|lorem ipsum)\b|\[More Information Needed\]", re.IGNORECASE)


def narrative() -> str:
    return resources.files(__package__).joinpath("narrative.md").read_text(encoding="utf-8")


def card_data(split_rows: dict[str, dict[str, int]], split_bytes: dict[str, dict[str, int]],
              file_sizes: dict[str, dict[str, int]], license_id: str, pretty_name: str) -> DatasetCardData:
    """YAML metadata built through the datasets/huggingface_hub APIs (configs + dataset_info)."""
    infos = DatasetInfosDict()
    configs = []
    for n, (config, features) in enumerate(CONFIG_FEATURES.items()):
        splits = SplitDict()
        for split, rows in split_rows[config].items():
            splits.add(SplitInfo(name=split, num_bytes=split_bytes[config][split], num_examples=rows))
        infos[config] = DatasetInfo(features=features, splits=splits, config_name=config,
                                    dataset_size=sum(split_bytes[config].values()),
                                    download_size=sum(file_sizes[config].values()))
        entry = {"config_name": config, "data_files": [{"split": s, "path": f"{config}/{s}.parquet"} for s in split_rows[config]]}
        if n == 0:
            entry["default"] = True
        configs.append(entry)
    data = DatasetCardData(language=["en"], license=license_id, pretty_name=pretty_name, configs=configs,
                           task_categories=["text-classification", "token-classification"],
                           tags=["news", "quotation-attribution", "russia-ukraine-war", "intercepted-communications"],
                           size_categories=["n<1K"])
    infos.to_dataset_card_data(data)
    return data


def render(data: DatasetCardData, sections: dict[str, str]) -> str:
    """Fill the narrative's {{placeholders}}; fail on a missing section, an unknown or leftover placeholder."""
    body = narrative()
    wanted = set(PLACEHOLDER.findall(body))
    missing = sorted(wanted - set(sections))
    if missing:
        raise ValueError(f"card: no generated content for placeholders {missing}")
    body = PLACEHOLDER.sub(lambda m: sections[m.group(1)].rstrip("\n"), body)
    check_card_body(body)
    return str(DatasetCard(f"---\n{data.to_yaml()}\n---\n\n{body}"))


def check_card_body(body: str) -> None:
    """Every required section exists and has text (its subsections count); no placeholder is left."""
    headings = [(len(m.group(1)), m.group(2).strip(), m.start(), m.end())
                for m in re.finditer(r"^(#{1,4}) (.+)$", body, re.MULTILINE)]
    by_name = {h[1]: n for n, h in enumerate(headings)}
    for name in REQUIRED_SECTIONS:
        if name not in by_name:
            raise ValueError(f"card: required section {name!r} is missing")
        n = by_name[name]
        level, _, _, content_start = headings[n]
        content_end = next((h[2] for h in headings[n + 1:] if h[0] <= level), len(body))
        content = re.sub(r"^#{1,4} .+$", "", body[content_start:content_end], flags=re.MULTILINE)
        if not content.strip():
            raise ValueError(f"card: required section {name!r} is empty")
    if PLACEHOLDER.search(body) or LEFTOVER.search(body):
        raise ValueError("card: a placeholder is left in the card")


def processing_steps(dvc_yaml: str) -> str:
    stages = yaml.safe_load(dvc_yaml)["stages"]
    lines = ["| # | stage | command | reads params |", "|---|---|---|---|"]
    for n, (name, spec) in enumerate(stages.items(), start=1):
        cmd = " ".join(str(spec["cmd"]).split())
        params = ", ".join(p for block in spec.get("params", []) for p in ([block] if isinstance(block, str) else sum(block.values(), [])))
        lines.append(f"| {n} | `{name}` | `{cmd}` | {params or '-'} |")
    return "\n".join(lines)
