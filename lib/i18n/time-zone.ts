/** The app's time zone where a user's own is unknown: most of its learners and schools are in Việt Nam. */
export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";
