// The `return` codes of Stratos' user_* results (sds pp/api/rpc/types.go). They are strings.
export const R = {
  SUCCESS: "0",
  UPLOAD_DATA: "1",
  DOWNLOAD_OK: "2",
  DL_OK_ASK_INFO: "3",
  SHARED_DL_START: "4",
  GENERIC_ERR: "-1",
  SIGNATURE_FAILURE: "-3",
  WRONG_FILE_SIZE: "-4",
  TIME_OUT: "-5",
  FILE_REQ_FAILURE: "-6",
  WRONG_INPUT: "-7",
  WRONG_PP_ADDRESS: "-8",
  INTERNAL_DATA_FAILURE: "-9",
  INTERNAL_COMM_FAILURE: "-10",
  WRONG_FILE_INFO: "-11",
  WRONG_WALLET_ADDRESS: "-12",
  CONFLICT_WITH_ANOTHER_SESSION: "-13",
  SESSION_STOPPED: "-14",
} as const;

export type ReturnCode = (typeof R)[keyof typeof R];

/** ppd's FILE_DATA_SAFE_SIZE: the most raw bytes asked for in one user_uploadData. */
export const FILE_DATA_SAFE_SIZE = 3_500_000;
/** ppd's MaxData: the most raw bytes returned in one download piece. */
export const DOWNLOAD_PIECE_SIZE = 3 * 1024 * 1024;
/** ppd's MAX_NUMBER_FILE_UPLOAD_AT_SAME_TIME. */
export const MAX_UPLOAD_SESSIONS = 20;
/** ppd's UPLOAD_SLICE_LOCAL_HANDLE_TIME: an idle session is dropped after this long. */
export const DEFAULT_SESSION_TIMEOUT_MS = 60_000;
/** ppd's MAX_META_INFO_LENGTH for user_requestShare. */
export const MAX_META_INFO_LENGTH = 40;
/** Stratos' DefaultSliceBlockSize, used to cut upload ranges at slice boundaries as ppd does. */
export const STRATOS_SLICE_SIZE = 33_554_432;
