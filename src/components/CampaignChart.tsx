/** Placeholder: the campaign-scale chart is being built (issue 8). */
export default function CampaignChart() {
  return null;
}
