import { describeLeaseHolder, type LeaseHolder } from '../../../../shared/campaigns/lease-holder';

/**
 * Another Peaksend (the CLI, or the app on another window or computer sharing this data folder)
 * is sending the campaign. Nothing here may send it too, so the page offers no action that could
 * (the engine refuses them anyway) and follows that sender's figures from disk.
 */
export function HeldElsewhereBanner({ heldBy }: { heldBy: LeaseHolder | null }) {
  if (!heldBy) return null;
  return (
    <section className="banner banner-info cp-banner" role="status" aria-labelledby="cp-held-title">
      <h2 id="cp-held-title">Being sent elsewhere</h2>
      <p className="cp-reason">
        This campaign is being sent by another Peaksend ({describeLeaseHolder(heldBy)}).
      </p>
      <p>
        Pause, resume or cancel it there. The figures below follow that sender; nothing here can
        send it a second time.
      </p>
    </section>
  );
}
