// Test files may import langium before @gea/language; install the Node 20 polyfill first.
import '../src/polyfill.js';
