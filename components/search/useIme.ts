"use client";
import { useRef, useState, type ChangeEvent, type CompositionEvent } from "react";

/**
 * A text input's value plus the value to search for. While an IME composes (注音,
 * 倉頡, pinyin) every keystroke changes the text; searching on those would search
 * for half-typed syllables, so the query updates only when no composition is active
 * and once more when it ends (the reader commits the characters).
 */
export function useImeQuery(initial: string) {
  const [text, setText] = useState(initial);
  const [query, setQuery] = useState(initial);
  const composing = useRef(false);
  const inputProps = {
    value: text,
    onChange(e: ChangeEvent<HTMLInputElement>) {
      setText(e.target.value);
      if (!composing.current && !(e.nativeEvent as InputEvent).isComposing) setQuery(e.target.value);
    },
    onCompositionStart() {
      composing.current = true;
    },
    onCompositionEnd(e: CompositionEvent<HTMLInputElement>) {
      composing.current = false;
      setText(e.currentTarget.value);
      setQuery(e.currentTarget.value);
    },
  };
  return { text, query, setText, setQuery, inputProps };
}
