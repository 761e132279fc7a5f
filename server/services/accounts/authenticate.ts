import type { TSignInInput } from "@/lib/schemas/accounts";
import { burnPasswordCheck, verifyPassword } from "../../auth/password";
import { withDb } from "../../db/client";
import { AppError } from "../../errors";
import { clearRateLimit, consumeRateLimit, releaseRateLimit, SIGN_IN_LIMITS } from "./rate-limit";

export type SignedInUser = { id: string; email: string; name: string };

const accountKey = (email: string) => `sign-in:account:${email}`;
const ipKey = (ip: string) => `sign-in:ip:${ip}`;

/**
 * Checks an email and password. Every attempt is counted against the account and the address
 * before the password is looked at; past the limit attempts are refused (even with the right
 * password) until the window ends. A success clears the account's count and gives the
 * address its attempt back, so only failures add up.
 */
export async function authenticate(input: TSignInInput, ip: string): Promise<SignedInUser> {
  const perAccount = { key: accountKey(input.email), ...SIGN_IN_LIMITS.perAccount };
  const perIp = { key: ipKey(ip), ...SIGN_IN_LIMITS.perIp };
  await consumeRateLimit(perIp, "Too many failed sign-in attempts from this network.");
  await consumeRateLimit(perAccount, "Too many failed sign-in attempts for this account.");

  const user = await withDb({ loginEmail: input.email }, (db) =>
    db.user.findUnique({
      where: { email: input.email },
      select: { id: true, email: true, name: true, passwordHash: true },
    }),
  );
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await burnPasswordCheck(input.password);
  if (!user || !valid) throw new AppError("UNAUTHORIZED", "Email or password is incorrect.");
  await clearRateLimit(perAccount.key);
  await releaseRateLimit(perIp.key);
  return { id: user.id, email: user.email, name: user.name };
}
