"""The KPI spec (shared KPIS.md) as pure functions over canonical tables; ``compute()`` returns a KpiReport."""

from lib.kpis.catalog import BY_KEY, KPIS, SCALAR_KEYS, TABLE_KEYS, KpiInfo
from lib.kpis.compute import compute
from lib.kpis.coverage import coverage
from lib.kpis.findings import anonymize, findings
from lib.kpis.model import Change, KpiReport, Period
from lib.kpis.prepare import Prepared, prepare

__all__ = ["BY_KEY", "KPIS", "SCALAR_KEYS", "TABLE_KEYS", "Change", "KpiInfo", "KpiReport", "Period", "Prepared",
           "anonymize", "compute", "coverage", "findings", "prepare"]
