"""Croissant (MLCommons) metadata of the release, built with mlcroissant's API: one FileSet and one
RecordSet per config, a field per column (list columns as repeated fields, structs as sub-fields)."""
from __future__ import annotations

import json

import mlcroissant as mlc
import pyarrow as pa

from .records import CONFIG_FEATURES, arrow_schema
from .schema import CONFIG_MODELS


def _data_type(t: pa.DataType):
    if pa.types.is_string(t):
        return mlc.DataType.TEXT
    if pa.types.is_integer(t):
        return mlc.DataType.INTEGER
    if pa.types.is_boolean(t):
        return mlc.DataType.BOOL
    if pa.types.is_floating(t):
        return mlc.DataType.FLOAT
    raise TypeError(f"no Croissant type for {t}")


def _field(config: str, column: pa.Field, description: str) -> mlc.Field:
    file_set = f"{config}-parquet"
    source = mlc.Source(file_set=file_set, extract=mlc.Extract(column=column.name))
    fid = f"{config}/{column.name}"
    if pa.types.is_list(column.type):
        inner = column.type.value_type
        if pa.types.is_struct(inner):
            subs = [mlc.Field(id=f"{fid}/{s.name}", name=s.name, data_types=[_data_type(s.type)],
                              source=mlc.Source(file_set=file_set, extract=mlc.Extract(column=column.name),
                                                transforms=[mlc.Transform(json_path=s.name)]))
                    for s in inner]
            return mlc.Field(id=fid, name=column.name, description=description, repeated=True, sub_fields=subs, source=source)
        return mlc.Field(id=fid, name=column.name, description=description, data_types=[_data_type(inner)],
                         repeated=True, source=source)
    return mlc.Field(id=fid, name=column.name, description=description, data_types=[_data_type(column.type)], source=source)


def croissant_json(name: str, description: str, version: str, date_published: str, cite_as: str,
                   license_text: str, configs: list[str]) -> str:
    distribution, record_sets = [], []
    for config in configs:
        model = CONFIG_MODELS[config].to_schema()
        distribution.append(mlc.FileSet(id=f"{config}-parquet", name=f"{config}-parquet",
                                        description=f"Parquet files of the `{config}` config, one per split.",
                                        encoding_formats=["application/x-parquet"], includes=[f"{config}/*.parquet"]))
        fields = [_field(config, col, model.columns[col.name].description or "")
                  for col in arrow_schema(CONFIG_FEATURES[config])]
        record_sets.append(mlc.RecordSet(id=config, name=config, description=(CONFIG_MODELS[config].__doc__ or "").strip(),
                                         fields=fields))
    metadata = mlc.Metadata(name=name, description=description, version=version, date_published=date_published,
                            cite_as=cite_as, license=[license_text], distribution=distribution, record_sets=record_sets)
    errors = metadata.issues.errors
    if errors:
        raise ValueError(f"croissant: {sorted(errors)}")
    return json.dumps(metadata.to_json(), indent=2, ensure_ascii=False, sort_keys=False, default=str) + "\n"
