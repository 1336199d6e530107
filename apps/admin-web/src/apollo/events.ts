/** Fired on window when the gateway refuses the token; AuthProvider listens and sends the user to the login page. */
export const SESSION_EXPIRED_EVENT = 'jining:session-expired';
