"""Conversa's core: import, model, KPIs, charts, report and storage. Never imports streamlit."""
