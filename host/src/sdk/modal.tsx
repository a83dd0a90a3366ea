/**
 * useModal: launch a component that receives `closeModal`. The host renders
 * <ModalHost/> once; one modal at a time, as in the console.
 */
import { createElement, useSyncExternalStore, type ComponentType } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ModalComponent = ComponentType<any>;
let current: { Component: ModalComponent; props: Record<string, unknown> } | undefined;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

const closeModal = (): void => {
  current = undefined;
  notify();
};

const launchModal = (Component: ModalComponent, props: Record<string, unknown> = {}): void => {
  current = { Component, props };
  notify();
};

export const useModal = () => launchModal;
export const useOverlay = () => launchModal;

export const ModalHost = () => {
  const modal = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
  return modal ? createElement(modal.Component, { ...modal.props, closeModal, closeOverlay: closeModal }) : null;
};
