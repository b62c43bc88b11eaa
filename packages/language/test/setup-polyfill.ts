// Test files may import langium before @gea-arch/language; install the Node 20 polyfill first.
import '../src/polyfill.js';
