"""The per-document stage on a real (local) Dask cluster gives the same results as in-process."""

from __future__ import annotations

import json
import shutil

import pytest

from counterpoint.pipeline import analyze


@pytest.mark.cluster
def test_dask_cluster_run_equals_local_run(tmp_path, seeds_dir):
    from distributed import LocalCluster

    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(p, src / p.name)
    analyze([src], out_dir=tmp_path / "local")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        analyze([src], out_dir=tmp_path / "dask", dask_address=cluster.scheduler_address)
    local = json.loads((tmp_path / "local" / "dossier.json").read_text())
    remote = json.loads((tmp_path / "dask" / "dossier.json").read_text())
    assert remote["claims"] and remote["claims"] == local["claims"]
    assert remote["documents"] == local["documents"]
