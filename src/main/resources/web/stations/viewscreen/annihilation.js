// A ship's self-destruct on the view screen, as effects for ViewScene.addEffect: a white flash, an
// expanding fireball (white → yellow → orange → dark red) with a hotter core, a shockwave ring racing
// out along the plane to the blast radius, and tumbling debris. Additive blending makes it glow
// against space. Sizes in metres from the ship's radius: a mothership's blast fills the screen.

/** @returns [{object, seconds, step(f)}] with f running 0 → 1 over `seconds` */
export function annihilation(THREE, centre, radius, blastRadius) {
  const effects = [];
  const glow = (color, opacity = 1) => new THREE.MeshBasicMaterial({ color, transparent: true, opacity, blending: THREE.AdditiveBlending, depthWrite: false });

  // the flash: brighter than anything else for a third of a second
  const flash = new THREE.Mesh(new THREE.SphereGeometry(1, 24, 16), glow(0xffffff));
  flash.position.copy(centre);
  effects.push({ object: flash, seconds: 0.6, step: (f) => { flash.scale.setScalar(radius * (1.5 + 3 * f)); flash.material.opacity = (1 - f) ** 2; } });

  const light = new THREE.PointLight(0xffcc88, 40, radius * 40, 1);
  light.position.copy(centre);
  effects.push({ object: light, seconds: 3, step: (f) => { light.intensity = 40 * (1 - f) ** 2; } });

  // the fireball and its core
  const ball = new THREE.Mesh(new THREE.SphereGeometry(1, 32, 20), glow(0xffeeaa, 0.95));
  ball.position.copy(centre);
  effects.push({ object: ball, seconds: 5, step: (f) => {
    const grow = 1 - (1 - f) ** 3; // fast at first, then slowing
    ball.scale.setScalar(radius * (0.4 + 3.6 * grow));
    ball.material.color.setHSL(0.12 - 0.12 * f, 1, 0.58 - 0.4 * f);
    ball.material.opacity = 0.9 * (1 - f) ** 0.7;
  } });
  // a faint halo ahead of the fireball: the glow of the gas it throws out
  const halo = new THREE.Mesh(new THREE.SphereGeometry(1, 32, 20), glow(0xff6622, 0.35));
  halo.position.copy(centre);
  effects.push({ object: halo, seconds: 6, step: (f) => {
    halo.scale.setScalar(radius * (1 + 6 * (1 - (1 - f) ** 2)));
    halo.material.opacity = 0.35 * (1 - f);
  } });
  const core = new THREE.Mesh(new THREE.SphereGeometry(1, 24, 16), glow(0xffffff));
  core.position.copy(centre);
  effects.push({ object: core, seconds: 2.5, step: (f) => { core.scale.setScalar(radius * (0.3 + 1.6 * f)); core.material.opacity = 1 - f; } });

  // the shockwave: a flat ring in the plane of the fight, out to the blast radius
  const ring = new THREE.Mesh(new THREE.RingGeometry(0.92, 1, 96), glow(0x99ddff, 0.9));
  ring.material.side = THREE.DoubleSide;
  ring.rotation.x = -Math.PI / 2;
  ring.position.copy(centre);
  const reach = Math.max(blastRadius ?? 0, radius * 4);
  effects.push({ object: ring, seconds: 3.5, step: (f) => { ring.scale.setScalar(radius + (reach - radius) * f); ring.material.opacity = 0.9 * (1 - f); } });

  // debris: chunks of hull flung out, tumbling, glowing as they cool
  const chunk = new THREE.BoxGeometry(1, 1, 1);
  for (let i = 0; i < 70; i++) {
    const piece = new THREE.Mesh(chunk, new THREE.MeshBasicMaterial({ color: 0xffaa55, transparent: true }));
    const dir = new THREE.Vector3(Math.random() - 0.5, (Math.random() - 0.5) * 0.5, Math.random() - 0.5).normalize();
    const speed = radius * (0.6 + Math.random() * 1.4); // metres per second of effect
    const size = radius * (0.02 + Math.random() * 0.06);
    const spin = new THREE.Vector3(Math.random(), Math.random(), Math.random()).multiplyScalar(6);
    piece.scale.set(size, size * (0.4 + Math.random()), size * (0.5 + Math.random() * 1.5));
    const seconds = 5 + Math.random() * 3;
    effects.push({ object: piece, seconds, step: (f) => {
      const t = f * seconds;
      piece.position.copy(centre).addScaledVector(dir, speed * t);
      piece.rotation.set(spin.x * t, spin.y * t, spin.z * t);
      piece.material.color.setHSL(0.08, 1 - f * 0.8, 0.6 - 0.45 * f);
      piece.material.opacity = 1 - f * f;
    } });
  }
  return effects;
}
