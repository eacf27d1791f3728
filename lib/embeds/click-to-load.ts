"use client";

/**
 * The one interactive part of the embeds: a button standing where a player will be,
 * and the player's iframe once the reader clicks it. Until then nothing is requested
 * from the player's host. The face (title, play icon) is rendered on the server and
 * passed in as children, so this is the only embed code shipped to the browser.
 * Plain .ts (createElement, no JSX): next.config.ts loads lib/embeds through a
 * require hook that compiles .ts only.
 */
import { createElement, useState, type CSSProperties, type IframeHTMLAttributes, type ReactNode } from "react";

export interface ClickToLoadProps {
  /** The box the face and then the player fill; a fixed height keeps the page still when one replaces the other. */
  className: string;
  style?: CSSProperties;
  buttonClassName: string;
  /** The button's accessible name: it must contain all of the face's visible text. */
  label: string;
  /** The player's attributes: plain values, since they cross from the server to the browser. */
  frame: IframeHTMLAttributes<HTMLIFrameElement>;
  children: ReactNode;
}

export function ClickToLoad({ className, style, buttonClassName, label, frame, children }: ClickToLoadProps) {
  const [playing, setPlaying] = useState(false);
  return createElement(
    "div",
    { className, style },
    playing
      ? createElement("iframe", frame)
      : createElement("button", { type: "button", className: buttonClassName, "aria-label": label, onClick: () => setPlaying(true) }, children),
  );
}
