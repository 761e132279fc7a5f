import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ZSignInInput } from "@/lib/schemas/accounts";
import { env } from "../env";
import { AppError } from "../errors";
import { requestMeta } from "../http/request-meta";
import { authenticate } from "../services/accounts/authenticate";

const EIGHT_HOURS = 8 * 60 * 60;

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: EIGHT_HOURS * 3, updateAge: 60 * 15 },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const parsed = ZSignInInput.safeParse({ email: credentials?.email, password: credentials?.password });
          if (!parsed.success) throw new Error("Enter your email and password.");
          try {
            return await authenticate(parsed.data, requestMeta(req.headers ?? {}).ip);
          } catch (error) {
            // next-auth passes an Error's message to the sign-in page; say what happened.
            if (error instanceof AppError) throw new Error(error.message);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === "string") session.user.id = token.uid;
        return session;
      },
    },
  };
}
