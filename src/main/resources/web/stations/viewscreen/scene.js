// The three.js scene of the main view screen: starfield, own ship, contacts as meshes (the
// mothership large), torpedoes, beams, shield flashes, explosions and the hyperspace streak. A ship's
// self-destruct is an annihilation (annihilation.js): flash, fireball, shockwave ring and debris.
// Wire frame → three.js: x → x, y → −z, so "up" on the radar is into the screen; metres throughout.
import * as THREE from 'three';
import { annihilation } from './annihilation.js';

const toVec = (x, y, alt = 0) => new THREE.Vector3(x, alt, -y);
// metres: the size of the small-ship model of the built-in hull classes that have one (the mothership has
// its own model); any other hull class — a mission file's — is drawn at its radius from the view
const BUILT_IN_SIZES = { corvette: 30, frigate: 60 };

export class ViewScene {
  constructor(canvas) {
    this.renderer = new THREE.WebGLRenderer({ canvas, antialias: true });
    this.renderer.setPixelRatio(Math.min(2, window.devicePixelRatio || 1));
    this.scene = new THREE.Scene();
    this.scene.background = new THREE.Color(0x02040a);
    this.camera = new THREE.PerspectiveCamera(60, 16 / 9, 1, 4_000_000);
    this.scene.add(new THREE.AmbientLight(0x8899bb, 1.2));
    const sun = new THREE.DirectionalLight(0xffffff, 2.2);
    sun.position.set(1, 2, 1);
    this.scene.add(sun);
    this.stars = this.makeStars();
    this.scene.add(this.stars);
    this.own = this.makeShip('corvette', 0x5ef2ff);
    this.ownKey = 'corvette/30'; // hull class and radius the own model was made for
    this.scene.add(this.own);
    this.contacts = new Map();
    this.torpedoes = new Map();
    this.effects = []; // {object, until, update(t)}
    this.warp = 0; // 0..1 streak strength
    this.mode = 'front';
    this.lastSeen = new Map(); // ship id → {x, y, radius}: where to look when a contact vanishes in a blast
    this.focus = null; // {x, y, radius, until}: an annihilation the target view keeps in frame
    this.back = 160; // target view: metres behind the own ship, eased so the camera does not jump
    this.gone = new Set(); // ships blown up: their meshes stay hidden
  }

  makeStars() {
    const n = 3000, pos = new Float32Array(n * 3);
    for (let i = 0; i < n; i++) {
      const v = new THREE.Vector3(Math.random() - 0.5, Math.random() - 0.5, Math.random() - 0.5).normalize().multiplyScalar(1_500_000);
      pos.set([v.x, v.y, v.z], i * 3);
    }
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
    return new THREE.Points(g, new THREE.PointsMaterial({ color: 0xffffff, size: 2, sizeAttenuation: false }));
  }

  // hull: the hull class id of the view; radius: metres (sent with every ship), which sizes a hull class
  // this page has no model for (a mission file's own, docs/scenario-format.md#hulls)
  makeShip(hull, colour, radius) {
    const group = new THREE.Group();
    const mat = new THREE.MeshStandardMaterial({ color: colour, metalness: 0.4, roughness: 0.5, emissive: colour, emissiveIntensity: 0.08 });
    if (hull === 'mothership') {
      // a long ribbed hull, 1,800 m bow to stern, with a tower and engine block
      const body = new THREE.Mesh(new THREE.CylinderGeometry(260, 340, 1800, 12), mat);
      body.rotation.z = Math.PI / 2;
      group.add(body);
      const tower = new THREE.Mesh(new THREE.BoxGeometry(300, 260, 200), mat);
      tower.position.set(300, 300, 0);
      group.add(tower);
      const engines = new THREE.Mesh(new THREE.BoxGeometry(200, 500, 700), mat);
      engines.position.set(-900, 0, 0);
      group.add(engines);
      for (let i = -3; i <= 3; i++) {
        const rib = new THREE.Mesh(new THREE.TorusGeometry(350, 22, 6, 16), mat);
        rib.rotation.y = Math.PI / 2;
        rib.position.x = i * 230;
        group.add(rib);
      }
    } else {
      const size = BUILT_IN_SIZES[hull] ?? radius ?? 30; // metres: about the hull's radius
      const body = new THREE.Mesh(new THREE.ConeGeometry(size * 0.45, size * 2, 8), mat);
      body.rotation.z = -Math.PI / 2; // cone tip forward along +x
      group.add(body);
      const wings = new THREE.Mesh(new THREE.BoxGeometry(size * 0.6, size * 0.08, size * 1.6), mat);
      wings.position.x = -size * 0.4;
      group.add(wings);
    }
    return group;
  }

  // the own ship's model follows its hull class (a corvette until the first view says otherwise)
  fitOwn(s) {
    const key = `${s.hull ?? 'corvette'}/${s.radius ?? 30}`;
    if (key === this.ownKey) return;
    this.scene.remove(this.own);
    this.own = this.makeShip(s.hull ?? 'corvette', 0x5ef2ff, s.radius);
    this.scene.add(this.own);
    this.ownKey = key;
  }

  place(object, x, y, heading) {
    object.position.copy(toVec(x, y));
    object.rotation.set(0, heading, 0); // heading is CCW from +x; around +y in three.js is the same turn
  }

  resize(w, h) {
    this.renderer.setSize(w, h, false);
    this.camera.aspect = w / h;
    this.camera.updateProjectionMatrix();
  }

  update(view, selectedId) {
    const s = view.ship;
    this.fitOwn(s);
    this.place(this.own, s.x, s.y, s.heading);
    this.own.visible = !s.inHyperspace && !this.gone.has(s.id) && !s.destroyed;
    this.own.traverse((o) => { if (o.material) { o.material.transparent = s.cloaked; o.material.opacity = s.cloaked ? 0.25 : 1; } });
    const seen = new Set();
    for (const [id, c] of Object.entries(view.contacts ?? {})) {
      if (c.lost) continue;
      seen.add(id);
      let mesh = this.contacts.get(id);
      if (!mesh) { mesh = this.makeShip(c.hull, c.hostile ? 0xc0485a : 0x6cff9b, c.radius); this.contacts.set(id, mesh); this.scene.add(mesh); }
      this.place(mesh, c.x, c.y, c.heading);
      mesh.visible = !this.gone.has(Number(id));
      this.lastSeen.set(Number(id), { x: c.x, y: c.y, radius: c.radius });
    }
    this.lastSeen.set(s.id, { x: s.x, y: s.y, radius: s.radius });
    for (const [id, mesh] of this.contacts) if (!seen.has(id)) { this.scene.remove(mesh); this.contacts.delete(id); }
    const tseen = new Set();
    for (const [id, t] of Object.entries(view.torpedoes ?? {})) {
      tseen.add(id);
      let m = this.torpedoes.get(id);
      if (!m) { m = new THREE.Mesh(new THREE.SphereGeometry(6, 8, 8), new THREE.MeshBasicMaterial({ color: t.own ? 0xaaeeff : 0xff9f43 })); this.torpedoes.set(id, m); this.scene.add(m); }
      m.position.copy(toVec(t.x, t.y));
    }
    for (const [id, m] of this.torpedoes) if (!tseen.has(id)) { this.scene.remove(m); this.torpedoes.delete(id); }
    this.selectedId = selectedId;
    this.view = view;
  }

  positionOf(id) {
    const v = this.view;
    if (!v) return null;
    if (Number(id) === v.ship.id) return v.ship;
    const c = v.contacts?.[id];
    return c && !c.lost ? c : null;
  }

  beam(fromId, toId) {
    const a = this.positionOf(fromId), b = this.positionOf(toId);
    if (!a || !b) return;
    const g = new THREE.BufferGeometry().setFromPoints([toVec(a.x, a.y), toVec(b.x, b.y)]);
    const line = new THREE.Line(g, new THREE.LineBasicMaterial({ color: Number(fromId) === this.view.ship.id ? 0x5ef2ff : 0xff4466, transparent: true }));
    this.addEffect(line, 0.35, (f) => { line.material.opacity = 1 - f; });
  }

  shieldFlash(id) {
    const p = this.positionOf(id);
    if (!p) return;
    const r = (p.radius ?? 30) * 1.4;
    const sphere = new THREE.Mesh(new THREE.SphereGeometry(r, 20, 14), new THREE.MeshBasicMaterial({ color: 0x66ccff, transparent: true, opacity: 0.5, wireframe: true }));
    sphere.position.copy(toVec(p.x, p.y));
    this.addEffect(sphere, 0.5, (f) => { sphere.material.opacity = 0.5 * (1 - f); });
  }

  /** Where a ship was last seen (it may have just vanished), or null. */
  lastKnown(id) { return this.lastSeen.get(Number(id)) ?? null; }

  /** A ship's self-destruct: the big one. The target view frames it for the next few seconds. */
  annihilation(shipId, x, y, radius, blastRadius) {
    this.gone.add(Number(shipId));
    const mesh = this.contacts.get(String(shipId));
    if (mesh) mesh.visible = false;
    if (Number(shipId) === this.view?.ship?.id) this.own.visible = false;
    for (const e of annihilation(THREE, toVec(x, y), radius, blastRadius)) this.addEffect(e.object, e.seconds, e.step);
    this.focus = { x, y, radius: Math.max(radius * 3, blastRadius * 0.6), until: performance.now() + 9000 };
  }

  explosion(x, y, size) {
    const ball = new THREE.Mesh(new THREE.SphereGeometry(1, 16, 12), new THREE.MeshBasicMaterial({ color: 0xffaa33, transparent: true }));
    ball.position.copy(toVec(x, y));
    this.addEffect(ball, 1.6, (f) => { ball.scale.setScalar(size * (0.2 + f)); ball.material.opacity = 1 - f; ball.material.color.setHSL(0.1 - f * 0.1, 1, 0.6 - f * 0.3); });
  }

  addEffect(object, seconds, step) {
    this.scene.add(object);
    this.effects.push({ object, start: performance.now(), seconds, step });
  }

  render() {
    const now = performance.now();
    this.effects = this.effects.filter((e) => {
      const f = (now - e.start) / 1000 / e.seconds;
      if (f >= 1) { this.scene.remove(e.object); return false; }
      e.step(f);
      return true;
    });
    const s = this.view?.ship;
    if (s) this.aimCamera(s);
    // hyperspace: stretch the starfield along the view axis
    const target = s?.inHyperspace ? 1 : 0;
    this.warp += (target - this.warp) * 0.05;
    this.stars.scale.set(1, 1, 1 + this.warp * 40);
    this.stars.material.color.setHSL(0.55, this.warp, 0.75 + this.warp * 0.25);
    this.renderer.render(this.scene, this.camera);
  }

  /** What the target view frames: a recent annihilation, else the selected contact. */
  targetPoint() {
    if (this.focus && performance.now() < this.focus.until) return this.focus;
    this.focus = null;
    return this.positionOf(this.selectedId);
  }

  aimCamera(s) {
    const fwd = new THREE.Vector3(Math.cos(s.heading), 0, -Math.sin(s.heading));
    const ownPos = toVec(s.x, s.y);
    const target = this.mode === 'target' ? this.targetPoint() : null;
    if (target) {
      // stand behind the own ship on the line to the target, far enough back that the whole target
      // (a 1.8 km mothership alongside, or its blast) fits in the 60° view
      const t = toVec(target.x, target.y);
      const toTarget = t.clone().sub(ownPos);
      const dist = toTarget.length();
      const dir = dist > 1 ? toTarget.normalize() : fwd.clone();
      const wanted = Math.max(160, (target.radius ?? 100) * 2.4 + 200 - dist);
      this.back += (wanted - this.back) * 0.08;
      this.camera.position.copy(ownPos).addScaledVector(dir, -this.back).add(new THREE.Vector3(0, 60 + this.back * 0.2, 0));
      this.camera.lookAt(t);
    } else {
      const sign = this.mode === 'rear' ? -1 : 1;
      this.camera.position.copy(ownPos).addScaledVector(fwd, -140 * sign).add(new THREE.Vector3(0, 35, 0));
      this.camera.lookAt(ownPos.clone().addScaledVector(fwd, 1000 * sign));
    }
    this.stars.position.copy(this.camera.position);
    this.stars.rotation.y = Math.atan2(fwd.x, fwd.z); // streaks run along the ship's axis
  }
}
