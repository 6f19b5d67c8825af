#!/usr/bin/env python3
"""Writes recorded-session.jsonl: the client->server frames of one bot-crewed run of last-of-its-kind
(seed 7, the golden replay src/test/resources/replays/last-of-its-kind-seed-7.jsonl), in the exact shape
the browser client (web/shared/client.js) sends them: hello/resume on join, a ping every 10 s (the client sends one every 2 s), each
command as {msg:'command', type, ...fields, seq}, game-master actions, leave at the end.

One line per frame: {"role": seat role the frame is sent from, "frame": the frame's text}.
Run from the repository root: python3 src/test/resources/fuzz/make-corpus.py
"""
import json, pathlib

root = pathlib.Path(__file__).resolve().parents[4]
journal = root / "src/test/resources/replays/last-of-its-kind-seed-7.jsonl"
out = pathlib.Path(__file__).with_name("recorded-session.jsonl")
ORIGIN = {"type", "shipId", "role", "member", "seq"}
frames = []

def frame(role, message):
    frames.append({"role": role, "frame": json.dumps(message, separators=(",", ":"), ensure_ascii=False)})

roles = ["HELM", "WEAPONS", "ENGINEERING", "SCIENCE", "COMMS", "CAPTAIN", "AWAY_TEAM", "OBSERVER", "VIEWSCREEN", "GAME_MASTER"]
for i, role in enumerate(roles):
    frame(role, {"msg": "hello", "v": 1, "gameId": "g1", "shipId": 1, "role": role, "name": role.title().replace("_", " "),
                 "crewCode": "", "personId": "p-%012d" % (i + 1)})
    frame(role, {"msg": "ping", "clientTimeMs": round(850.3 + 97.1 * i, 1)})
frame("HELM", {"msg": "resume", "v": 1, "token": "9f2c4e1a7b3d5f60" * 2})
gm_seq = 0
def gm(action, **fields):
    global gm_seq
    gm_seq += 1
    frame("GAME_MASTER", {"msg": "gm", "action": action, **fields, "seq": gm_seq})
gm("pause"); gm("resume"); gm("message", text="Hold position until the jump drive is spooled.")

last_ping_tick = 0
for line in journal.read_text().splitlines()[1:]:
    entry = json.loads(line)
    if "tick" not in entry: continue  # the end record
    tick = entry["tick"]
    if tick - last_ping_tick >= 600:  # the client pings every 2 s; one in five is kept so commands dominate
        frame("HELM", {"msg": "ping", "clientTimeMs": round(1523.4 + tick * 1000 / 60, 1)})
        last_ping_tick = tick
    for c in entry.get("commands", []):
        fields = {k: v for k, v in c.items() if k not in ORIGIN}
        frame(c["role"], {"msg": "command", "type": c["type"], **fields, "seq": c["seq"]})

# command types the bots of this run never send, in the shapes docs/protocol.md gives them
extra = [("HELM", "SetStrafe", {"strafe": -0.4}), ("HELM", "ExecuteJump", {}), ("CAPTAIN", "SetCloak", {"engaged": False}),
         ("AWAY_TEAM", "Regroup", {}), ("AWAY_TEAM", "SetTorch", {"memberId": 1, "on": True}),
         ("AWAY_TEAM", "CarryCaptive", {"memberId": 2, "captiveId": 1}),
         ("CAPTAIN", "AbortSelfDestruct", {"targetShipId": 2, "memberAtConsole": -1}),
         ("COMMS", "SendMessage", {"channel": "suit", "text": "Team, report."}),
         ("WEAPONS", "SetWeaponsTarget", {"targetShipId": 2, "subsystemId": ""})]
for n, (role, type_, fields) in enumerate(extra):
    frame(role, {"msg": "command", "type": type_, **fields, "seq": 9000 + n})
gm("spawn", hull="frigate", x=1200.5, y=-300.0, faction=2, name="Raider")
for role in roles:
    frame(role, {"msg": "leave"})

out.write_text("".join(json.dumps(f, separators=(",", ":"), ensure_ascii=False) + "\n" for f in frames))
print(f"{len(frames)} frames -> {out}")
