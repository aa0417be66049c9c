export * from 'lit/directives/unsafe-html.js';
