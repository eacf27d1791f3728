import { FrontPage } from "@/components/FrontPage";
import { getFrontPage } from "@/lib/front-page";

export default function HomePage() {
  return <FrontPage data={getFrontPage()} />;
}
