#!/usr/bin/env python3
"""The page query of EventQuery.find in SQLite alone, on a store before migration V5 and a copy after it.

    python3 scripts/store-bench-sql.py BEFORE.db AFTER.db
"""
import sqlite3,sys,time,statistics
OLD="coalesce(e.time_first, a.published) DESC, e.article_id, CAST(substr(e.id, 2) AS INTEGER)"
NEW="e.sort_day DESC, e.article_id, CAST(substr(e.id, 2) AS INTEGER)"
F=[("none","",[],0),("type","WHERE e.type IN (?)",["ATTACK"],0),("modality","WHERE e.modality = ?",["reported"],0),
   ("actor","WHERE EXISTS (SELECT 1 FROM arguments g WHERE g.article_id = e.article_id AND g.event_id = e.id AND (g.actor_code = ? OR g.text LIKE ? ESCAPE '\\' OR g.entity_name LIKE ? ESCAPE '\\'))",["POLICE","%police%","%police%"],0),
   ("text","WHERE (e.seq IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?) OR a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))",['"worshippers" "church"']*2,0),
   ("deep page","",[],9000)]
for db,order in ((sys.argv[1],OLD),(sys.argv[2],NEW)):
    c=sqlite3.connect(db)
    row=[]
    for name,where,params,off in F:
        q=f"SELECT e.seq, e.*, a.headline, a.source, a.published FROM events e JOIN articles a ON a.id = e.article_id {where} ORDER BY {order} LIMIT 100 OFFSET {off}"
        ts=[]
        for _ in range(7):
            t=time.perf_counter(); c.execute(q,params).fetchall(); ts.append((time.perf_counter()-t)*1000)
        row.append(f"{name} {statistics.median(ts):.1f}")
    print(db.split('/')[-1], " | ".join(row))
