import type { MsgDescriptor } from "../../chain/app/module.ts";

// x/auth has no user messages yet: MsgUpdateParams needs a governance authority, which arrives with
// the modules that have one (see CONTRIBUTING.md, "Where we differ").
export const authMsgs: MsgDescriptor[] = [];
