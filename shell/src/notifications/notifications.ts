/**
 * The header's notification bell and "Live now" mark. The portal imports this module once
 * the first view has painted (it is not needed for it), with the SSE client after it.
 */
import './notification-bell/notification-bell.js';
import './live-now/live-now.js';
