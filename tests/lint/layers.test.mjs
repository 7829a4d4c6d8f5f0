// The layer check (scripts/layers.mjs) on the repository, and on trees changed on purpose: a
// circle added to the real code is found, and so is a shell that imports a step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problems, repositorySources, buildGraph, circles } from '../../scripts/layers.mjs';

const sources = repositorySources();

test('the repository has no import circle and a shell that imports only the shell', () => {
  assert.deepEqual(problems(sources), []);
});

test('a circle added on purpose in the core is found, with the names that make it', () => {
  const changed = { ...sources };
  // field.rs is a leaf that draft.rs uses: make it use the draft back
  changed['crates/charter/src/field.rs'] += '\npub fn session() -> crate::draft::Draft { crate::draft::Draft::default() }\n';
  const found = problems(changed);
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /import circle among \d+ files/);
  assert.match(found[0], /crates\/charter\/src\/field\.rs -> crates\/charter\/src\/draft\.rs \(crate::draft::Draft/);
});

test('a circle through a glob import counts only the names used', () => {
  const tree = {
    'c/lib.rs': 'pub mod a;\npub mod b;\n',
    'c/a.rs': 'use crate::b::*;\npub struct A;\npub fn f() -> B { B }\n',
    'c/b.rs': 'use crate::a::*;\npub struct B;\npub struct Unused;\n',
  };
  const crates = [{ root: 'c', entry: 'lib.rs' }];
  assert.deepEqual(circles(buildGraph(tree, crates)), [], 'b.rs uses nothing of a.rs');
  tree['c/b.rs'] += 'pub fn g() -> A { A }\n';
  assert.deepEqual(circles(buildGraph(tree, crates)), [['c/a.rs', 'c/b.rs']]);
});

test('a re-export is followed to the file that defines the name', () => {
  const tree = {
    'c/lib.rs': 'pub mod doc;\npub mod user;\n',
    'c/doc/mod.rs': 'mod inner;\npub use inner::*;\n',
    'c/doc/inner.rs': 'pub struct Thing;\n',
    'c/user.rs': 'use crate::doc::Thing;\npub fn f(_: Thing) {}\n',
  };
  const edges = buildGraph(tree, [{ root: 'c', entry: 'lib.rs' }]);
  assert.deepEqual([...edges.get('c/user.rs').keys()], ['c/doc/inner.rs']);
  assert.deepEqual([...edges.get('c/doc/mod.rs').keys()], [], 'a facade does not depend on what it only re-exports');
});

test('test modules, comments and strings do not make edges', () => {
  const tree = {
    'c/lib.rs': 'pub mod a;\npub mod b;\n',
    'c/a.rs': 'pub struct A;\n#[cfg(test)]\nmod tests {\n    use crate::b::B;\n}\n',
    'c/b.rs': '// crate::a::A in a comment\npub struct B;\npub const S: &str = "crate::a::A";\n',
  };
  const edges = buildGraph(tree, [{ root: 'c', entry: 'lib.rs' }]);
  assert.equal(edges.get('c/a.rs').size, 0);
  assert.equal(edges.get('c/b.rs').size, 0);
});

test('the shell that imports a step is refused', () => {
  const changed = { ...sources };
  changed['src/components/header.rs'] += '\nfn review() -> impl leptos::IntoView { crate::steps::review::ReviewStep() }\n';
  const found = problems(changed);
  assert.ok(
    found.some((p) => /src\/components\/header\.rs is the shell and imports src\/steps\/review\.rs/.test(p)),
    found.join('\n'),
  );
});
