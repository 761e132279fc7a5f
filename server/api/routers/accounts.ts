import { z } from "zod";
import { ZSignedUp, ZSignUpInput } from "@/lib/schemas/accounts";
import {
  ZInvitationPreview,
  ZInvitationTokenInput,
  ZJoinedAgency,
  ZSignUpWithInvitationInput,
} from "@/lib/schemas/members";
import { env } from "../../env";
import { consumeRateLimit } from "../../services/accounts/rate-limit";
import { createAgencyAccount } from "../../services/accounts/sign-up";
import { previewInvitation, signUpWithInvitation } from "../../services/members/invitations";
import { createTRPCRouter, publicProcedure } from "../trpc";

function limitSignUps(ip: string) {
  return consumeRateLimit(
    { key: `sign-up:ip:${ip}`, max: env().SIGN_UPS_PER_IP_PER_HOUR, windowSeconds: 60 * 60 },
    "Too many sign-ups from this network.",
  );
}

export const accountsRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(ZSignUpInput)
    .output(ZSignedUp)
    .mutation(async ({ ctx, input }) => {
      await limitSignUps(ctx.meta.ip);
      const created = await createAgencyAccount(input, ctx.meta);
      return { email: input.email, slug: created.slug };
    }),
  invitation: publicProcedure
    .input(ZInvitationTokenInput)
    .output(ZInvitationPreview)
    .query(({ input }) => previewInvitation(input.token)),
  signUpWithInvitation: publicProcedure
    .input(ZSignUpWithInvitationInput)
    .output(ZJoinedAgency.extend({ email: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await limitSignUps(ctx.meta.ip);
      return signUpWithInvitation(input, ctx.meta);
    }),
});
